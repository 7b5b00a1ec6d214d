"""Evaluate criteria, composite ones included: `any_of` (routes) and `run` (a qualifying run and what it contains).

Điều 74 khoản 1 điểm d, Điều 73 khoản 1 điểm b and Điều 44 khoản 1 điểm e say "N năm liên tục …, trong thời gian đó
…": the years that qualify and the years in which initiatives, titles and excellent ratings are counted are one run.
`judge_run` therefore enumerates every run that satisfies the run condition (N or more consecutive years, the last
being the proposal year or the year before, strictly after the prior award when there is one), evaluates the
`within` criteria inside each, and passes when one run satisfies all of them together. It says which run it used or,
when none passes, the closest one and what it lacks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from desktop.awards.criteria import (
    CHECKS,
    FAIL,
    OK,
    UNKNOWN,
    Ctx,
    Outcome,
    _chain_break,
    _counts_as,
    _prior_names,
    condition_ok,
    condition_phrase,
    decision_text,
    discipline_years,
    enabled,
    latest_prior,
    nn,
    run_label,
    years_text,
)
from desktop.awards.facts import Item, Run
from desktop.awards.model import CONFIDENCE, Criterion
from desktop.snapshot import RATING_LABELS

_RANK = {OK: 2, UNKNOWN: 1, FAIL: 0}


def weakest(*tags: str | None) -> str:
    """The least certain of confidence tags (V > M > L)."""
    present = [t for t in tags if t]
    return max(present, key=CONFIDENCE.index) if present else "V"


def verdict(statuses: Sequence[str]) -> str:
    if FAIL in statuses:
        return FAIL
    return UNKNOWN if UNKNOWN in statuses else OK


def evaluate(c: Criterion, ctx: Ctx) -> Outcome:
    if c.check == "any_of":
        return _any_of(c, ctx)
    if c.check == "run":
        return judge_run(c, ctx)
    return CHECKS[c.check].fn(ctx, c.params)


def _effective(c: Criterion, o: Outcome) -> str:
    return weakest(c.confidence, o.confidence)


def _any_of(c: Criterion, ctx: Ctx) -> Outcome:
    """Passes on the first passing route and says which; unknown rather than failed when a route could not be
    decided (an attestation not given yet), so no award fails only because HSKT cannot judge one of its routes."""
    options = ctx.ruleset.options
    outs = [(a, evaluate(a, ctx)) for a in c.alternatives if enabled(a, options)]
    for a, o in outs:
        if o.status == OK or len(outs) == 1:
            return replace(o, route=a.id, basis=o.basis or a.basis, confidence=_effective(a, o))
    status = UNKNOWN if any(o.status == UNKNOWN for _, o in outs) else FAIL
    deciding = [(a, o) for a, o in outs if o.status == status]
    # The message alone says why (the GUI and exports show only it); the details add each route's facts.
    details: list[str] = []
    for a, o in outs:
        if o.details:
            details.append(f"[{_mark(o.status)}] Theo {o.basis or a.basis}:")
            details += [f"   {line}" for line in o.details]
    run = next((o.run for _, o in outs if o.run is not None), None)
    lead = "Chưa đạt theo cách xét nào" if status == FAIL else "Chưa xác định được theo cách xét nào"
    joined = "; hoặc ".join(o.message for _, o in outs)
    return Outcome(status, f"{lead}: {joined}", tuple(dict.fromkeys(details)), run,
                   confidence=weakest(*(_effective(a, o) for a, o in deciding)))


def _mark(status: str) -> str:
    return {OK: "đạt", FAIL: "không đạt"}.get(status, "cần xác minh")


# ------------------------------------------------------------------------------------------------ runs


def _conditions(p: Mapping[str, Any]) -> list[Mapping[str, str]]:
    return list(p["conditions"]) if "conditions" in p else [p["condition"]]


def _route(cond: Mapping[str, str]) -> str:
    key, value = next(iter(cond.items()))
    return f"{key}:{value}"


def _chain(ctx: Ctx, cond: Mapping[str, str], end: int, floor: int) -> tuple[int, ...]:
    """The longest chain of years meeting `cond` that ends in `end`, all after `floor`."""
    years = []
    y = end
    while y > floor and condition_ok(ctx, cond, y):
        years.append(y)
        y -= 1
    return tuple(sorted(years))


def _year_items(ctx: Ctx, cond: Mapping[str, str], years: tuple[int, ...]) -> tuple[Item, ...]:
    """What makes each year of the run qualify: the title with its decision, or the rating."""
    items = []
    for y in years:
        if "rating" in cond:
            got = ctx.nominee.rating_in(y)
            label = f"xếp loại {RATING_LABELS[got].lower()}" if got else "xếp loại"
            items.append(Item("rating", y, label, True))
            continue
        code = cond["title"]
        h = next((h for h in ctx.nominee.honours if h.year == y and (h.award == code or code in _counts_as(ctx, h.award))),
                 None)
        label = (ctx.name(code) + decision_text(h.decision, h.decision_date) if h is not None
                 else f"{ctx.name(code)} (đề nghị cùng hồ sơ, đủ tiêu chuẩn)")
        items.append(Item("title", y, label, True))
    return tuple(items)


class _Candidate:
    def __init__(self, cond: Mapping[str, str], years: tuple[int, ...], outs: list[tuple[Criterion, Outcome]], n: int):
        self.cond, self.years, self.outs = cond, years, outs
        self.status = FAIL if len(years) < n else verdict([o.status for _, o in outs])

    def key(self) -> tuple[int, ...]:
        """Best first: a passing run, then one only waiting for verification, then the closest failing one; among
        equals the later and longer run (it holds the most items)."""
        tallies = [o.tally for _, o in self.outs if o.tally is not None]
        return (_RANK[self.status], sum(o.status == OK for _, o in self.outs), -sum(t.missing for t in tallies),
                self.years[-1] if self.years else 0, len(self.years))

    def length_key(self) -> tuple[int, ...]:
        """No run is long enough: the longest chain is the closest (ties: the later one)."""
        return (len(self.years), self.years[-1] if self.years else 0, *self.key())


def judge_run(c: Criterion, ctx: Ctx) -> Outcome:
    p = c.params
    n, conds = int(p["n"]), _conditions(p)
    after, floor = None, 0
    if "after" in p:
        after = latest_prior(ctx, list(p["after"]))
        if after is None:
            names = _prior_names(ctx, list(p["after"]))
            run = Run(_route(conds[0]), condition_phrase(ctx, conds[0]), n, (), FAIL)
            return Outcome(FAIL, f"Chưa được tặng {names} (chuỗi {nn(n)} năm chỉ tính sau khi được tặng)", run=run)
        floor = after[0]
    within = [w for w in c.within if enabled(w, ctx.ruleset.options)]

    def inside(years: tuple[int, ...]) -> list[tuple[Criterion, Outcome]]:
        rctx = replace(ctx, run=years)
        return [(w, evaluate(w, rctx)) for w in within]

    candidates: list[_Candidate] = []
    for cond in conds:
        for end in (ctx.year, ctx.year - 1):
            chain = _chain(ctx, cond, end, floor)
            if len(chain) < n:
                candidates.append(_Candidate(cond, chain, inside(chain) if chain else [], n))
                continue
            for start in range(chain[0], end - n + 2):  # every run of n or more years ending in `end`
                years = tuple(range(start, end + 1))
                candidates.append(_Candidate(cond, years, inside(years), n))
    full = [k for k in candidates if len(k.years) >= n]
    best = max(full, key=_Candidate.key) if full else max(candidates, key=_Candidate.length_key)
    return _explain(ctx, best, n, conds, after, floor)


def _explain(ctx: Ctx, best: _Candidate, n: int, conds: list[Mapping[str, str]], after: tuple[int, str] | None,
             floor: int) -> Outcome:
    what = " hoặc ".join(f"{nn(n)} năm liên tục {condition_phrase(ctx, cond)}" for cond in conds)
    tallies = tuple(replace(o.tally, id=w.id) for w, o in best.outs if o.tally is not None)
    run = Run(_route(best.cond), condition_phrase(ctx, best.cond), n, best.years, best.status, tallies, after,
              _year_items(ctx, best.cond, best.years))
    head = f" sau {ctx.name(after[1])} năm {after[0]}" if after else ""
    span = run_label(best.years)
    details = [i.line() for i in run.items]  # the message names the run; these say what makes each year count
    for _, o in best.outs:
        details.append(f"[{_mark(o.status)}] {o.message}")
        if o.tally is not None:
            details += [f"  {i.line()}" for i in o.tally.items]
    confidence = weakest(*(_effective(w, o) for w, o in best.outs if best.status == OK or o.status == best.status))
    if len(best.years) < n:
        got = (f"chuỗi dài nhất {span} mới có {nn(len(best.years))} năm" if best.years else _scattered(ctx, conds, n, floor))
        msg = (f"Cần {what} (năm cuối là {ctx.year} hoặc {ctx.year - 1}{', tính' + head if head else ''}); "
               f"{got}{_gaps(ctx, best, floor)}")
        return Outcome(FAIL, msg, tuple(dict.fromkeys(details)), run, confidence=confidence)
    if best.status == OK:
        msg = f"Chuỗi {span}{head}: {nn(len(best.years))} năm liên tục {condition_phrase(ctx, best.cond)}"
        if best.outs:
            msg += "; trong thời gian đó đủ các điều kiện"
    else:
        lacking = "; ".join(o.message for _, o in best.outs if o.status == best.status)
        lead = "chưa đạt" if best.status == FAIL else "cần xác minh"
        msg = (f"Chuỗi {span}{head} ({nn(len(best.years))} năm liên tục {condition_phrase(ctx, best.cond)}) "
               f"{lead}: {lacking}{_left_after_discipline(ctx, best.years, n)}")
    return Outcome(best.status, msg, tuple(dict.fromkeys(details)), run, confidence=confidence)


def _left_after_discipline(ctx: Ctx, years: tuple[int, ...], n: int) -> str:
    """What a discipline leaves of the run: its longest part without a year under discipline."""
    removed: set[int] = set()
    for d in ctx.nominee.disciplines:
        removed |= discipline_years(d)[0]
    if not removed & set(years):
        return ""
    parts: list[list[int]] = []
    cur: list[int] = []
    for y in years:
        if y in removed:
            parts.append(cur)
            cur = []
        else:
            cur.append(y)
    parts.append(cur)
    longest = max(parts, key=lambda p: (len(p), p[-1] if p else 0))
    if not longest:
        return f"; không còn năm nào ngoài thời gian bị kỷ luật (cần {nn(n)} năm)"
    return f"; không kể năm bị kỷ luật chỉ còn {run_label(longest)} ({nn(len(longest))} năm, cần {nn(n)})"


def _scattered(ctx: Ctx, conds: list[Mapping[str, str]], n: int, floor: int) -> str:
    """No chain ends in the proposal year or the year before: name the recent years that did qualify, if any."""
    lo = max(ctx.year - n - 2, floor + 1)
    found = []
    for cond in conds:
        hits = [y for y in range(lo, ctx.year + 1) if condition_ok(ctx, cond, y)]
        if hits:
            found.append(f"chỉ có năm {years_text(hits)} {condition_phrase(ctx, cond)}")
    return "; ".join(found) if found else "chưa có năm nào đạt"


def _gaps(ctx: Ctx, k: _Candidate, floor: int) -> str:
    """Why the longest chain stops: the year before it (missing rating, lower rating, no title)."""
    if not k.years:
        years = [y for y in (ctx.year, ctx.year - 1) if y > floor]
        return f" ({'; '.join(_chain_break(ctx, k.cond, y) for y in years)})" if years else ""
    if k.years[0] - 1 <= floor:
        return ""
    return f" ({_chain_break(ctx, k.cond, k.years[0] - 1)})"
