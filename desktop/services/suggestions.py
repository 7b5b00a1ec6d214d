"""Who qualifies this year: every registry subject judged against every award their kind can receive from the
authorities the unit proposes to, and the dossiers built from the clerk's ticks.

The verdicts are the rule engine's (`judge_proposal`), judged as HSKT will later judge the dossier it creates: one
dossier per deciding authority, so a title proposed alongside (CSTĐCS for CSTĐ cấp tỉnh, TTLĐXS for Cờ thi đua)
counts only when the same authority decides it. "Còn thiếu" words are built from the run data (`facts.Run`), never
from the messages. Ratios and limits come from the rule set's `[limits.*]` tables (ruleset.toml).
"""

from __future__ import annotations

import gc
import json
import tomllib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import String, select, type_coerce

from desktop import snapshot as snap
from desktop.awards.catalogue import award_name, ruleset_for, rulesets_root
from desktop.awards.criteria import FAIL, OK, UNKNOWN
from desktop.awards.eligibility import Judge
from desktop.awards.model import CONFIDENCE_LABELS, Award, Criterion, RuleSet
from desktop.awards.results import ProposalResult, verdict_of
from desktop.documents.stats import ProposalStats, proposals_stats
from desktop.models import (
    Discipline,
    Dossier,
    DossierNominee,
    Honour,
    Initiative,
    MemberStat,
    Rating,
    Subject,
)
from desktop.services import audit
from desktop.services.changes import Changes
from desktop.services.dossiers import own_unit, refresh_summary
from desktop.services.editing import PROCEDURES, campaign_for, next_ref, propose
from desktop.services.registry import _PERSON_FIELDS
from desktop.services.tasks import Reporter, silent
from desktop.snapshot import RATING_LABELS, SCOPE_LABELS
from desktop.store.database import Store

SHORT = "con-thieu"  # khong-dat, and every failing rule is a run that more years or items would complete
STATUS_LABELS = {OK: "Đạt", UNKNOWN: "Cần xác minh", SHORT: "Còn thiếu", FAIL: "Không đạt",
                 "ngoai-tam": "Chưa trong tầm"}
BEYOND = "ngoai-tam"  # can-xac-minh only through an unencoded route's attestation, with no year of the chain yet
SHOWN = (OK, UNKNOWN, SHORT)  # plain "không đạt" (discipline, weak rating) and BEYOND are not suggestions


@dataclass(frozen=True)
class Suggestion:
    subject_id: int
    kind: str
    name: str
    sort_key: str
    award: str
    award_name: str
    decider: str
    decider_label: str
    status: str  # dat | can-xac-minh | con-thieu | khong-dat
    result: ProposalResult = field(repr=False)
    missing: tuple[str, ...] = ()  # con-thieu: "còn thiếu 01 sáng kiến … trong chuỗi 2024–2025"
    to_enter: tuple[str, ...] = ()  # can-xac-minh: what the clerk must enter or confirm
    progress: str = ""  # a chain's years: "3/5 năm"

    @property
    def key(self) -> tuple[int, str]:
        return self.subject_id, self.award

    @property
    def reasons(self) -> tuple[str, ...]:
        """One line per rule with its facts, as `hskt check` prints them."""
        out: list[str] = []
        for r in self.result.rules:
            out.append(f"[{STATUS_LABELS.get(r.status, r.status)}] {r.message} ({r.basis}; {r.confidence})")
            out.extend(f"    {d}" for d in r.details)
        return tuple(out)

    def to_json(self) -> dict[str, Any]:
        return {"subject_id": self.subject_id, "kind": self.kind, "name": self.name, "award": self.award,
                "award_name": self.award_name, "decider": self.decider, "status": self.status,
                "verdict": self.result.verdict, "confidence": self.result.confidence,
                "missing": list(self.missing), "to_enter": list(self.to_enter), "progress": self.progress,
                "rules": [r.to_json() for r in self.result.rules]}


@dataclass(frozen=True)
class Limit:
    """A ratio or a cap of the rule set: `award` at most `share` of `of` (per unit and year)."""

    id: str
    award: str
    of: str
    share: float  # 0: not in force
    label: str
    basis: str
    confidence: str

    def count(self, ticked: Iterable[Suggestion], held_of: int = 0) -> tuple[int, int, int | None]:
        """(proposed, base, maximum or None when off) for the ticked proposals."""
        ticked = list(ticked)
        n = len({s.subject_id for s in ticked if s.award == self.award})
        base = len({s.subject_id for s in ticked if s.award == self.of}) + held_of
        return n, base, (int(self.share * base + 1e-9) if self.share > 0 else None)


@dataclass(frozen=True)
class Suggestions:
    year: int
    ruleset: RuleSet = field(repr=False)
    unit_level: str
    items: tuple[Suggestion, ...]
    limits: tuple[Limit, ...]
    subjects: int
    nominees: Mapping[int, snap.Nominee] = field(repr=False, default_factory=dict)

    @property
    def shown(self) -> tuple[Suggestion, ...]:
        return tuple(s for s in self.items if s.status in SHOWN)

    def stats(self, ticked: Iterable[Suggestion]) -> ProposalStats:
        """The tờ trình's figures (direct workers, women, ethnic minorities) among the ticked proposals."""
        ticked = list(ticked)
        ids = list(dict.fromkeys(s.subject_id for s in ticked))
        d = snap.Dossier(unit=snap.Unit("", self.unit_level),
                         nominees=tuple(self.nominees[i] for i in ids),
                         proposals=tuple(snap.Proposal(self.nominees[s.subject_id].id, s.award, self.year)
                                         for s in ticked))
        return proposals_stats(d)

    def to_json(self) -> dict[str, Any]:
        return {"year": self.year, "ruleset": self.ruleset.name, "unit_level": self.unit_level,
                "subjects": self.subjects,
                "suggestions": [s.to_json() for s in self.items if s.status in SHOWN],
                "limits": [{"id": lim.id, "award": lim.award, "of": lim.of, "share": lim.share,
                            "basis": lim.basis, "confidence": lim.confidence} for lim in self.limits]}


# ------------------------------------------------------------------------------------------------ the rule set


def ruleset_of_year(year: int) -> RuleSet:
    """The rule set in force at the year-end review (31/12 of the campaign year)."""
    return ruleset_for(date(year, 12, 31))


def reachable_deciders(rs: RuleSet, unit_level: str) -> set[str]:
    """Authorities the unit proposes to, straight or through another body."""
    return {code for code, a in rs.authorities.items() if unit_level in a.proposers or unit_level in a.through}


def applicable_awards(rs: RuleSet, kind: str, unit_level: str) -> list[Award]:
    """Awards the kind can receive from an authority the unit reaches, with encoded criteria; a province's own name
    for an award (an alias) replaces the award it stands for, as a clerk proposes one of them."""
    deciders = reachable_deciders(rs, unit_level)
    out = [a for a in rs.awards.values()
           if not a.historical and kind in a.subjects and a.encoded_for(kind) and a.decider.code in deciders]
    aliased = {a.criteria[0].params["award"] for a in out
               if len(a.criteria) == 1 and a.criteria[0].check == "meets_award"}
    return [a for a in out if a.code not in aliased]


def limits_of(rs: RuleSet) -> tuple[Limit, ...]:
    """The `[limits.<id>]` tables of the rule set's ruleset.toml; a share may name an option that sets it."""
    path = rulesets_root() / rs.name / "ruleset.toml"
    try:
        raw = tomllib.loads(path.read_text("utf-8")).get("limits", {})
    except (OSError, tomllib.TOMLDecodeError):
        return ()
    out = []
    for key, t in raw.items():
        share = t.get("share", 0.0)
        if isinstance(t.get("share_option"), str) and t["share_option"] in rs.option_specs:
            share = rs.option(t["share_option"])
        if t.get("award") in rs.awards and t.get("of") in rs.awards:
            out.append(Limit(key, t["award"], t["of"], float(share or 0), str(t.get("label", "")),
                             str(t.get("basis", "")), str(t.get("confidence", "L"))))
    return tuple(out)


def limit_line(lim: Limit, ticked: Sequence[Suggestion], rs: RuleSet) -> str:
    n, base, cap = lim.count(ticked)
    name, of = rs.awards[lim.award].name, rs.awards[lim.of].name
    tag = f"[{lim.confidence}: {CONFIDENCE_LABELS.get(lim.confidence, '')}]"
    if cap is None:
        return f"{name}: {n:02d} đề nghị; tỉ lệ trên {of} không áp dụng ({lim.basis}) {tag}"
    over = " — VƯỢT GIỚI HẠN" if n > cap else ""
    return (f"{name}: {n:02d}/{cap:02d} (tối đa {lim.share * 100:g}% của {base:02d} {of}){over} "
            f"({lim.basis}) {tag}")


# ------------------------------------------------------------------------------------------------ the words


def _criterion(award: Award, rid: str, rs: RuleSet | None = None) -> Criterion | None:
    criteria = award.criteria
    if rs is not None and len(criteria) == 1 and criteria[0].check == "meets_award":  # an alias judges as its target
        target = rs.awards.get(criteria[0].params["award"])
        criteria = target.criteria if target else criteria
    for c in criteria:
        for x in c.walk():
            if x.id == rid:
                return x
    return None


def _noun(rs: RuleSet, c: Criterion | None) -> str:
    """What a "trong thời gian đó" tally counts, in the clerk's words."""
    if c is None:
        return "tiêu chí"
    p = c.params
    if c.check == "initiatives":
        scope = p.get("scope")
        return "sáng kiến được công nhận" + (f" phạm vi {SCOPE_LABELS[scope].lower()} trở lên"
                                             if scope and scope != "co-so" else "")
    if c.check == "count_in_window":
        what = p.get("what", {})
        if "title" in what:
            a = rs.awards.get(what["title"])
            return f"danh hiệu {a.name if a else what['title']}"
        if "rating" in what:
            return f"năm {RATING_LABELS[what['rating']].lower()}"
    return c.label or c.id


def missing_words(rs: RuleSet, award: Award, result: ProposalResult) -> tuple[str, ...]:
    out: list[str] = []
    for r in result.rules:
        if r.status == OK or r.run is None or r.run.status == OK:
            continue
        run = r.run
        if run.short_by:
            out.append(f"chuỗi {run.n} năm mới có {len(run.years)} năm: {run.label}" if run.years
                       else f"chuỗi {run.n} năm ({run.route_label}) chưa có năm nào")
        for t in run.tallies:
            if t.missing:
                out.append(f"còn thiếu {t.missing:02d} {_noun(rs, _criterion(award, t.id, rs))} trong chuỗi {run.label}")
    return tuple(out)


def _one_step_short(result: ProposalResult) -> bool:
    failing = [r for r in result.rules if r.status == FAIL]
    return bool(failing) and all(r.run is not None and r.run.years for r in failing)


def _attestation_only(rs: RuleSet, award: Award, result: ProposalResult) -> bool | None:
    """For a cần xác minh: None when something other than an unencoded route waits; else whether the encoded
    chain has at least one year (True: còn thiếu, the chain is under way; False: nothing yet)."""
    undecided = [r for r in result.rules if r.status == UNKNOWN]
    if not undecided or result.verdict != UNKNOWN:
        return None
    progress = False
    for r in undecided:
        c = _criterion(award, r.id, rs)
        if c is None or c.check != "any_of" or r.run is None or r.run.status != FAIL:
            return None
        if not all(a.check in ("run", "form_attested") for a in c.alternatives):
            return None
        progress = progress or bool(r.run.years)
    return progress


def _classify(rs: RuleSet, award: Award, result: ProposalResult) -> str:
    if result.verdict == FAIL:
        return SHORT if _one_step_short(result) else FAIL
    if result.verdict == UNKNOWN:
        only = _attestation_only(rs, award, result)
        if only is not None:
            return SHORT if only else BEYOND
    return result.verdict


def _progress(result: ProposalResult) -> str:
    run = result.run
    return f"{min(len(run.years), run.n)}/{run.n} năm" if run is not None else ""


# ------------------------------------------------------------------------------------------------ judging


@dataclass(frozen=True)
class Entry:
    """A registry subject as judging needs it."""

    subject_id: int
    sort_key: str
    nominee: snap.Nominee


@contextmanager
def _no_gc_pauses() -> Iterator[None]:
    """Judging a registry allocates millions of small, acyclic results; the cyclic collector, run every few
    hundred allocations, then walks the whole growing heap again and again and doubles the time. Collect once
    at the end instead."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def judge_entries(entries: Sequence[Entry], year: int, rs: RuleSet, unit_level: str,
                  reporter: Reporter | None = None) -> Suggestions:
    with _no_gc_pauses():
        return _judge_entries(entries, year, rs, unit_level, reporter or silent())


def _codes_in(value: Any, rs: RuleSet) -> set[str]:
    if isinstance(value, str):
        return {value} if value in rs.awards else set()
    if isinstance(value, Mapping):
        return set().union(*(_codes_in(v, rs) for v in value.values())) if value else set()
    if isinstance(value, list | tuple):
        return set().union(*(_codes_in(v, rs) for v in value)) if value else set()
    return set()


def _uses_initiatives(rs: RuleSet, code: str, siblings: frozenset[str], seen: frozenset[str] = frozenset()) -> bool:
    """Whether judging `code` can read the initiatives: its own criteria, an award it must meet, or a title it needs
    that is proposed alongside (judged by its own criteria)."""
    award = rs.awards.get(code)
    if award is None or code in seen:
        return False
    for c in (x for top in award.criteria for x in top.walk()):
        if c.check == "initiatives":
            return True
        for ref in _codes_in(dict(c.params), rs):
            if (c.check == "meets_award" or ref in siblings) and _uses_initiatives(rs, ref, siblings, seen | {code}):
                return True
    return False


def _history_key(n: snap.Nominee, with_initiatives: bool) -> tuple[Any, ...]:
    """Everything the criteria read of a nominee (tests/services/test_suggestions.py pins this): two subjects with
    the same key get the same rules, messages and details, so a commune's many identical records (the same annual
    decision for everybody) are judged once."""
    return (n.kind, n.pending_review, n.hired_on,
            tuple((r.year, r.rating) for r in n.ratings),
            tuple((h.year, h.award, h.decision, h.decision_date, h.issuer) for h in n.honours),
            tuple((d.year, d.level, d.until) for d in n.disciplines),
            tuple((m.year, m.total, m.completed_tasks, m.lao_dong_tien_tien, m.cstd_co_so,
                   m.disciplined_canh_cao_or_above) for m in n.member_stats),
            tuple((x.year, x.title, x.scope, x.recognized_by, x.decision, x.decision_date) for x in n.initiatives)
            if with_initiatives else None)


def _judge_entries(entries: Sequence[Entry], year: int, rs: RuleSet, unit_level: str,
                   reporter: Reporter) -> Suggestions:
    by_kind = {k: applicable_awards(rs, k, unit_level) for k in ("individual", "collective", "household")}
    items: list[Suggestion] = []
    memo: dict[tuple[Any, ...], tuple[Any, ...]] = {}
    needs: dict[tuple[str, frozenset[str]], bool] = {}
    total = len(entries)
    for i, e in enumerate(entries):
        if i % 200 == 0:
            reporter.check()
            reporter.progress(i, total, f"Đang xét {i}/{total} đối tượng")
        n = e.nominee
        held = {h.award for h in n.honours if h.year == year}
        awards = [a for a in by_kind[n.kind] if a.code not in held]
        groups = {d: frozenset(b.code for b in awards if b.decider.code == d) for d in {a.decider.code for a in awards}}
        judges: dict[str, Judge] = {}  # one per deciding authority: its sub-results (LĐTT inside CSTĐCS) are shared
        keys: dict[bool, tuple[Any, ...]] = {}
        for a in awards:
            group = groups[a.decider.code]
            uses = needs.get((a.code, group))
            if uses is None:
                uses = needs[(a.code, group)] = _uses_initiatives(rs, a.code, group)
            if uses not in keys:
                keys[uses] = _history_key(n, uses)
            key = (a.code, group, keys[uses])
            found = memo.get(key)
            if found is None:
                judge = judges.get(a.decider.code)
                if judge is None:
                    # The award itself in `siblings` is never consulted: no award's criteria name its own code.
                    judge = judges[a.decider.code] = Judge(n, rs, {}, group)
                rules = judge.rules(a.code, year)
                result = ProposalResult(n.id, a.code, year, verdict_of(rules), rules, a.name, n.display_name)
                status = _classify(rs, a, result)
                found = memo[key] = (rules, result.verdict, status,
                                     missing_words(rs, a, result) if status == SHORT else (),
                                     tuple(r.message for r in result.decisive) if status == UNKNOWN else (),
                                     _progress(result))
            rules, verdict, status, missing, to_enter, progress = found
            result = ProposalResult(n.id, a.code, year, verdict, rules, a.name, n.display_name)
            items.append(Suggestion(e.subject_id, n.kind, n.display_name, e.sort_key, a.code, a.name, a.decider.code,
                                    a.decider_label, status, result, missing, to_enter, progress))
    reporter.progress(total, total, "Đã xét xong")
    return Suggestions(year, rs, unit_level, tuple(items), limits_of(rs), total,
                       {e.subject_id: e.nominee for e in entries})


def _extra(raw: str | None) -> dict[str, Any]:
    # Most rows carry no extension keys; decoding "{}" a hundred thousand times costs more than the judging.
    return {} if raw in (None, "{}") else dict(json.loads(raw))


_HISTORY: tuple[tuple[str, Any, tuple[str, ...], Callable[..., Any]], ...] = (
    ("ratings", Rating, ("year", "rating"), lambda y, r, x: snap.Rating(y, r, _extra(x))),
    ("honours", Honour, ("year", "award", "decision", "decision_date", "issuer"),
     lambda y, a, d, dd, i, x: snap.Honour(y, a, d, dd, i, _extra(x))),
    ("initiatives", Initiative, ("year", "title", "scope", "recognized_by", "decision", "decision_date"),
     lambda y, t, sc, rb, d, dd, x: snap.Initiative(y, t, sc, rb, d, dd, _extra(x))),
    ("disciplines", Discipline, ("year", "level", "until"), lambda y, lv, u, x: snap.Discipline(y, lv, u, _extra(x))),
    ("member_stats", MemberStat, ("year", "total", "completed_tasks", "lao_dong_tien_tien", "cstd_co_so",
                                  "disciplined_canh_cao_or_above"),
     lambda y, t, c, ld, cs, dc, x: snap.MemberStats(y, t, c, ld, cs, dc, _extra(x))),
)
_NAME_FIELD = {"individual": "full_name", "collective": "name", "household": "head_name"}


def load_entries(store: Store, kind: str | None = None) -> tuple[list[Entry], str]:
    """Every registry subject (of `kind`) as a nominee, and the own unit's level.

    Read with plain SELECTs, one per history table: a year-end registry holds tens of thousands of people, and
    building ORM objects for every rating costs more than judging them. The nominees equal those `to_nominee`
    makes (tests/services/test_suggestions.py compares them)."""
    t = Subject.__table__
    with store.read() as s:
        unit = own_unit(s)
        if unit is None:
            raise ValueError("Chưa khai báo đơn vị; hãy nhập thông tin đơn vị trước khi đề xuất khen thưởng")
        level = unit.level
        cols = [t.c.id, t.c.kind, t.c.display_name, t.c.sort_key, t.c.pending_review, t.c.address,
                type_coerce(t.c.extra, String), t.c.head_gender, *(t.c[f] for f in _PERSON_FIELDS)]
        stmt = select(*cols).order_by(t.c.sort_key, t.c.id)
        if kind:
            stmt = stmt.where(t.c.kind == kind)
        subjects = s.execute(stmt).all()
        wanted = {r[0] for r in subjects} if kind else None
        hist: dict[str, dict[int, list[Any]]] = {}
        for name, model, fields, make in _HISTORY:
            ht = model.__table__
            stmt = select(ht.c.subject_id, *(ht.c[f] for f in fields), type_coerce(ht.c.extra, String))
            rows: dict[int, list[Any]] = {}
            for r in s.execute(stmt.order_by(ht.c.subject_id, ht.c.position)):
                if wanted is None or r[0] in wanted:
                    rows.setdefault(r[0], []).append(make(*r[1:]))
            hist[name] = rows
    out = []
    for sid, k, display, sort_key, pending, address, extra, head_gender, *person in subjects:
        more = _extra(extra)
        if k == "household" and head_gender:  # a column in the registry, the nominee's head_gender key in JSON
            more["head_gender"] = head_gender
        values: dict[str, Any] = {"id": f"s{sid}", "kind": k, "pending_review": bool(pending), "extra": more,
                                  "address": address, _NAME_FIELD[k]: display,
                                  "honours": tuple(hist["honours"].get(sid, ()))}
        if k == "individual":
            values.update(zip(_PERSON_FIELDS, person, strict=True))
            values["initiatives"] = tuple(hist["initiatives"].get(sid, ()))
        if k != "household":
            values["ratings"] = tuple(hist["ratings"].get(sid, ()))
            values["disciplines"] = tuple(hist["disciplines"].get(sid, ()))
        if k == "collective":
            values["member_stats"] = tuple(hist["member_stats"].get(sid, ()))
        out.append(Entry(sid, sort_key, snap.Nominee(**values)))
    return out, level


def suggest(store: Store, year: int, kind: str | None = None, reporter: Reporter | None = None) -> Suggestions:
    with _no_gc_pauses():
        entries, level = load_entries(store, kind)
    return judge_entries(entries, year, ruleset_of_year(year), level, reporter)


# ------------------------------------------------------------------------------------------------ creating


def _prefill(n: snap.Nominee, year: int, procedure: str) -> dict[str, Any]:
    """The guided form's text from the registry: duties from the post, achievements from the year's record.
    Attestations (Có/Không) are left for the clerk: HSKT cannot know them."""
    lines = []
    rating = n.rating_in(year) if n.kind != "household" else None
    if rating:
        lines.append(f"Năm {year}: {RATING_LABELS[rating]}.")
    for x in n.initiatives:
        if x.year == year:
            dec = f" (Quyết định số {x.decision})" if x.decision else ""
            lines.append(f"Sáng kiến “{x.title}”, phạm vi {SCOPE_LABELS[x.scope].lower()}{dec}.")
    for h in n.honours:
        if year - 5 < h.year < year:
            lines.append(f"Năm {h.year}: {award_name(h.award)}.")
    text = "\n".join(lines)
    form: dict[str, Any] = {}
    if procedure == "don-gian":
        if text:
            form["summary"] = text
        return form
    if n.kind == "individual" and (n.position or n.workplace):
        form["duties"] = ", ".join(x for x in (n.position, n.workplace) if x)
    if text:
        form["achievements"] = text
    return form


@dataclass(frozen=True)
class Created:
    dossier_id: int
    title: str
    decider_label: str
    procedure: str
    proposals: int


def groups(ticked: Sequence[Suggestion], rs: RuleSet, procedure: str) -> dict[tuple[str, str], list[Suggestion]]:
    """One dossier per deciding authority and procedure; an award without a simplified procedure stays normal."""
    out: dict[tuple[str, str], list[Suggestion]] = {}
    for s in ticked:
        award = rs.awards[s.award]
        proc = procedure if procedure == "thong-thuong" or award.components_simplified else "thong-thuong"
        out.setdefault((s.decider, proc), []).append(s)
    return out


def create_dossiers(store: Store, result: Suggestions, ticked: Sequence[Suggestion], campaign: str,
                    procedure: str = "thong-thuong") -> tuple[list[Created], Changes]:
    """The ticked proposals as dossiers, in one transaction, with forms pre-filled from the registry."""
    if not ticked:
        raise ValueError("Chưa chọn đề nghị nào; hãy đánh dấu ít nhất một đề nghị rồi bấm «Tạo hồ sơ»")
    if procedure not in PROCEDURES:
        raise ValueError(f"thủ tục {procedure!r} không hợp lệ")
    rs, year = result.ruleset, result.year
    made: list[Created] = []
    with store.write() as s:
        unit = own_unit(s)
        if unit is None:
            raise ValueError("Chưa khai báo đơn vị; hãy nhập thông tin đơn vị trước khi tạo hồ sơ")
        camp = campaign_for(s, campaign, year)
        for (decider, proc), items in groups(ticked, rs, procedure).items():
            label = rs.authorities[decider].label
            title = f"Đề nghị {label} khen thưởng năm {year}"
            d = Dossier(title=title, unit=unit, campaign=camp, status="nhap", ruleset=rs.name,
                        extra={"procedure": proc})
            s.add(d)
            s.flush()
            audit.record(s, "dossier.create", "dossier", d.id, d.id,
                         {"title": title, "campaign": campaign, "year": year, "source": "suggest"})
            by_subject: dict[int, DossierNominee] = {}
            for item in items:
                dn = by_subject.get(item.subject_id)
                if dn is None:
                    subject = s.get(Subject, item.subject_id)
                    if subject is None:
                        raise ValueError(f"Đối tượng số {item.subject_id} không còn trong sổ; hãy xét lại")
                    dn = DossierNominee(subject=subject, ref=next_ref(d, subject.kind), position=len(d.nominees))
                    d.nominees.append(dn)
                    by_subject[item.subject_id] = dn
                pid = propose(s, d, dn, item.award)
                p = next(x for x in d.proposals if x.id == pid)
                p.form = _prefill(result.nominees[item.subject_id], year, proc)
            refresh_summary(s, d)
            made.append(Created(d.id, title, label, proc, len(items)))
    return made, Changes(dossiers=frozenset(c.dossier_id for c in made))


def filter_items(items: Iterable[Suggestion], award: str | None = None, kind: str | None = None,
                 status: str | None = None, match: Callable[[Suggestion], bool] | None = None) -> list[Suggestion]:
    return [s for s in items if (award is None or s.award == award) and (kind is None or s.kind == kind)
            and (status is None or s.status == status) and (match is None or match(s))]
