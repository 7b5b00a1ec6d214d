"""Judge proposals against a rule set: per proposal a verdict with every rule's result, and per nominee the awards
their history already qualifies them for."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.awards.criteria import FAIL, OK, UNKNOWN, Ctx, Outcome, enabled
from desktop.awards.model import SUBJECT_LABELS, Award, RuleSet
from desktop.awards.results import CheckReport, ProposalResult, RuleResult, verdict_of
from desktop.awards.runs import evaluate, weakest
from desktop.snapshot import Dossier, Nominee

_MAX_DEPTH = 6  # meets_award chains are short and acyclic (the loader checks); this only guards siblings


class Judge:
    """Judges one nominee for one year; remembers sub-results so CSTĐCS → LĐTT is computed once."""

    def __init__(self, nominee: Nominee, ruleset: RuleSet, form: Mapping[str, Any], siblings: frozenset[str]):
        self.nominee, self.ruleset, self.form, self.siblings = nominee, ruleset, form, siblings
        self.cache: dict[tuple[str, int], tuple[RuleResult, ...]] = {}
        self.active: set[tuple[str, int]] = set()

    def rules(self, code: str, year: int) -> tuple[RuleResult, ...]:
        key = (code, year)
        if key in self.cache:
            return self.cache[key]
        if key in self.active or len(self.active) > _MAX_DEPTH:
            return (RuleResult("vong-lap", UNKNOWN, "", "V", f"Không xác định được {code} (tham chiếu vòng)"),)
        self.active.add(key)
        try:
            out = self._rules(code, year)
        finally:
            self.active.discard(key)
        self.cache[key] = out
        return out

    def outcome(self, code: str, year: int) -> Outcome:
        rules = self.rules(code, year)
        verdict = verdict_of(rules)
        decisive = [r.message for r in rules if r.status == verdict] if verdict != OK else []
        return Outcome(verdict, "; ".join(decisive))

    def _rules(self, code: str, year: int) -> tuple[RuleResult, ...]:
        rs = self.ruleset
        award = rs.awards.get(code)
        if award is None:
            return (RuleResult("danh-muc", FAIL, rs.title, "V",
                               f'Mã khen thưởng "{code}" không có trong bộ quy tắc {rs.name}'),)
        if award.historical:
            return (RuleResult("tham-quyen", FAIL, award.basis, award.confidence,
                               f"{award.name} không còn được đề nghị theo bộ quy tắc {rs.name}. {award.note}".strip()),)
        kind = self.nominee.kind
        if kind not in award.subjects:
            allowed = ", ".join(SUBJECT_LABELS[s] for s in award.subjects)
            return (RuleResult("doi-tuong", FAIL, award.basis, award.confidence,
                               f"{award.name} chỉ xét tặng cho {allowed}, không xét cho {SUBJECT_LABELS[kind]}"),)
        options = rs.options
        criteria = [c for c in award.criteria_for(kind) if enabled(c, options)]
        if not criteria:
            return (RuleResult("chua-ma-hoa", UNKNOWN, award.basis, award.confidence,
                               f"Tiêu chuẩn {award.name} đối với {SUBJECT_LABELS[kind]} chưa được mã hóa trong bộ quy tắc "
                               f"{rs.name}; cần kiểm tra thủ công theo {award.basis}"),)
        if len(criteria) == 1 and criteria[0].check == "meets_award":
            # An alias (the province's own name for a Bằng khen): show the target's rules one by one.
            return self.rules(criteria[0].params["award"], year)
        ctx = Ctx(self.nominee, year, rs, self.form, self.siblings, self.outcome)
        out = []
        for c in criteria:
            o = evaluate(c, ctx)
            out.append(RuleResult(c.id, o.status, o.basis or c.basis, weakest(c.confidence, o.confidence), o.message,
                                  o.details, o.run, o.route))
        return tuple(out)


def judge_proposal(nominee: Nominee, award: str, year: int, ruleset: RuleSet, *,
                   form: Mapping[str, Any] | None = None, siblings: frozenset[str] = frozenset()) -> ProposalResult:
    """Every rule of `award` for `nominee` in `year`; `siblings` are the other awards proposed for the same
    nominee and year in the same dossier (a CSTĐCS proposed alongside counts for the higher title)."""
    rules = Judge(nominee, ruleset, form or {}, siblings).rules(award, year)
    found = ruleset.awards.get(award)
    return ProposalResult(nominee.id, award, year, verdict_of(rules), rules,
                          found.name if found else award, nominee.display_name)


@dataclass(frozen=True)
class Qualification:
    award: str
    name: str
    decider: str
    message: str
    rules: tuple[RuleResult, ...]


def _aliases(ruleset: RuleSet) -> dict[str, str]:
    """Awards whose only criterion is meeting another (the province's own name for the Bằng khen)."""
    out = {}
    for code, a in ruleset.awards.items():
        if len(a.criteria) == 1 and a.criteria[0].check == "meets_award":
            out[code] = a.criteria[0].params["award"]
    return out


def qualifying_awards(nominee: Nominee, year: int, ruleset: RuleSet,
                      options: Mapping[str, Any] | None = None) -> list[Qualification]:
    """Awards the nominee's history already qualifies them for in `year` (verdict dat, not yet received),
    e.g. "đủ điều kiện đề nghị Bằng khen của Chủ tịch UBND tỉnh"."""
    rs = ruleset.with_options(options)
    judge = Judge(nominee, rs, {}, frozenset())
    held = {(h.award, h.year) for h in nominee.honours}
    found: dict[str, Qualification] = {}
    for code, award in rs.awards.items():
        if award.historical or nominee.kind not in award.subjects or not award.encoded_for(nominee.kind):
            continue
        if (code, year) in held:
            continue
        rules = judge.rules(code, year)
        if verdict_of(rules) == OK:
            found[code] = Qualification(code, award.name, award.decider_label,
                                        f"Đủ điều kiện đề nghị {award.name} năm {year}", rules)
    for alias, target in _aliases(rs).items():
        if alias in found:
            found.pop(target, None)
    return sorted(found.values(), key=lambda q: _rank(rs.awards[q.award]))


_LEVEL_ORDER = ("nha-nuoc", "bo", "tinh", "huyen", "xa", "co-so")


def _rank(a: Award) -> tuple[int, str]:
    return _LEVEL_ORDER.index(a.level), a.code


# ------------------------------------------------------------------------------------------------ dossier


def resolve_ruleset(d: Dossier, today: date | None = None) -> tuple[RuleSet, date]:
    """The rule set named by the dossier, else the one in force on its as_of (default today)."""
    from desktop.awards.catalogue import load_ruleset, ruleset_for

    as_of = d.as_of or today or date.today()
    return (load_ruleset(d.ruleset) if d.ruleset else ruleset_for(as_of)), as_of


def judge_dossier(d: Dossier, ruleset: RuleSet | None = None, options: Mapping[str, Any] | None = None,
                  today: date | None = None) -> CheckReport:
    """Judge every proposal, list the components, and check the dossier as a whole (spec `hskt check`)."""
    from desktop.awards.checklist import build_checklist, dossier_issues

    if ruleset is None:
        ruleset, as_of = resolve_ruleset(d, today)
    else:
        as_of = d.as_of or today or date.today()
    rs = ruleset.with_options(options)
    results = []
    for p in d.proposals:
        nominee = d.nominee(p.nominee_id)
        if nominee is None:  # the snapshot reader refuses this; a hand-built Dossier may not
            continue
        siblings = frozenset(q.award for q in d.proposals
                             if q.nominee_id == p.nominee_id and q.year == p.year and q.award != p.award)
        form = p.extra.get("form")
        results.append(judge_proposal(nominee, p.award, p.year, rs,
                                      form=form if isinstance(form, Mapping) else None, siblings=siblings))
    return CheckReport(rs.name, rs.version, rs.title, as_of, tuple(results), tuple(build_checklist(d, rs)),
                       tuple(dossier_issues(d, rs, as_of)))
