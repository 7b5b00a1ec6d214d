"""docs/rules.md carries one table per award of the catalogue, generated from the rule sets; this test fails when the
tables and the rule sets drift apart. Regenerate with `python -m tests.unit.awards.test_rules_doc`."""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.awards.catalogue import load_ruleset
from desktop.awards.model import SUBJECT_LABELS, Award, Criterion, RuleSet

DOC = Path(__file__).resolve().parents[3] / "docs" / "rules.md"
BEGIN, END = "<!-- award tables: begin (generated) -->", "<!-- award tables: end -->"
RULESETS = ("nd152-2025", "nd98-2023")


def _cond(rs: RuleSet, cond: dict[str, str]) -> str:
    if "rating" in cond:
        return f"rated `{cond['rating']}` or better"
    return f"holds {rs.awards[cond['title']].name}"


def _what(rs: RuleSet, c: Criterion) -> str:
    p = c.params
    if c.check == "run":
        conds = p["conditions"] if "conditions" in p else [p["condition"]]
        after = f", strictly after the latest {' / '.join(rs.awards[a].name for a in p['after'])}" if "after" in p else ""
        return f"run of ≥ {p['n']} consecutive years, each {' — or each '.join(_cond(rs, x) for x in conds)}{after}"
    if c.check == "initiatives":
        used = f", not counting the one that earned {rs.awards[p['consumed_by']].name} that year" if "consumed_by" in p else ""
        return f"≥ {p['count']} initiative(s), scope ≥ `{p.get('scope', 'co-so')}`{used}"
    if c.check == "count_in_window":
        return f"≥ {p['count']} year(s) that {_cond(rs, p['what'])}"
    if c.check == "no_discipline":
        return "no discipline" + (f" at or above `{p['min_level']}`" if "min_level" in p else "")
    if c.check == "form_attested":
        return f"clerk attests `{p['key']}`"
    if c.check == "any_of":
        return "one of the routes below"
    if c.check == "meets_award":
        return f"meets the criteria of {rs.awards[p['award']].name}"
    simple = {"not_pending_review": "not under review", "months_since_hired": f"≥ {p.get('months')} months since hired",
              "rating_at_least": f"proposal year rated `{p.get('rating')}` or better",
              "member_share": f"members: `{p.get('field')}` {', '.join(f'{k} {v}' for k, v in p.items() if k != 'field')}",
              "has_title": f"holds {rs.awards[p['title']].name if 'title' in p else ''} in the proposal year",
              "manual": "checked by hand"}
    return simple.get(c.check, c.check)


def _window(c: Criterion, in_run: bool) -> str:
    if c.check == "run":
        return "the run (ends in the proposal year or the year before)"
    if in_run:
        return "inside the run"
    if c.check == "initiatives":
        years = int(c.params.get("years", 1))
        return "proposal year" if years == 1 else f"last {years} years"
    if c.check == "no_discipline":
        return "proposal year"
    if c.check in ("form_attested", "any_of", "meets_award", "manual"):
        return "—"
    return "proposal year"


def _unencoded(c: Criterion) -> str:
    if c.check == "form_attested":
        return "not attested → can-xac-minh; yes → dat; no → khong-dat"
    if c.check == "any_of":
        return "none passes and one is undecided → can-xac-minh"
    return "—"


def _rows(rs: RuleSet, c: Criterion, depth: int = 0, in_run: bool = False) -> list[str]:
    head = "↳ " * depth
    gate = f" (only when option `{c.option}`)" if c.option else ""
    subjects = f" [{', '.join(SUBJECT_LABELS[s] for s in c.subjects)}]" if c.subjects else ""
    out = [f"| {head}`{c.id}`{subjects}: {_what(rs, c)}{gate} | {c.basis} | {c.confidence} | {_window(c, in_run)} "
           f"| {_unencoded(c)} |"]
    for a in c.alternatives:
        out += _rows(rs, a, depth + 1, in_run)
    for w in c.within:
        out += _rows(rs, w, depth + 1, True)
    return out


def _table(rs: RuleSet, a: Award) -> list[str]:
    lines = [f"#### `{a.code}` — {a.name} ({a.basis}; {a.confidence})", ""]
    if a.historical:
        return [*lines, f"Historical under `{rs.name}`: refused as a new proposal (khong-dat). {a.note}", ""]
    missing = [SUBJECT_LABELS[s] for s in a.subjects if not a.criteria_for(s)]
    lines += ["| criterion | article | conf. | counted over | unencoded route |", "|---|---|---|---|---|"]
    if not a.criteria:
        return [*lines, f"| (criteria not encoded) | {a.basis} | {a.confidence} | — | every proposal: can-xac-minh, "
                        "checked by hand |", ""]
    for c in a.criteria:
        lines += _rows(rs, c)
    if missing:
        lines += ["", f"Not encoded for {', '.join(missing)}: can-xac-minh."]
    return [*lines, ""]


def generate() -> str:
    out = [BEGIN, ""]
    base = load_ruleset(RULESETS[0])
    other = load_ruleset(RULESETS[1])
    out += [f"### Rule set `{base.name}`", ""]
    for a in base.awards.values():
        out += _table(base, a)
    out += [f"### Rule set `{other.name}`: awards whose criteria differ from `{base.name}`", ""]
    out += [f"Bases cite {other.decree} where `{base.name}` cites {base.decree}; otherwise only these differ.", ""]
    for code, a in other.awards.items():
        b = base.awards.get(code)
        mine = _table(other, a)
        if b is None or [x.replace(other.decree, base.decree) for x in mine] != _table(base, b):
            out += mine
    return "\n".join([*out, END])


def test_docs_tables_match_the_rule_sets() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert BEGIN in text and END in text, "docs/rules.md lost its generated award tables"
    current = text[text.index(BEGIN): text.index(END) + len(END)]
    assert current == generate(), "docs/rules.md is out of date: python -m tests.unit.awards.test_rules_doc"


if __name__ == "__main__":
    text = DOC.read_text(encoding="utf-8")
    if BEGIN in text:
        text = text[: text.index(BEGIN)] + generate() + text[text.index(END) + len(END):]
    else:
        text = text.rstrip("\n") + "\n\n" + generate() + "\n"
    DOC.write_text(text, encoding="utf-8")
    sys.stdout.write(f"wrote {DOC}\n")
