"""The dossier as a whole: required components present or missing, consistency between its parts, and checks
across proposals (the same CCCD twice, titles that exclude each other, the province's quota options)."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping
from datetime import date

from desktop.awards.model import Award, RuleSet
from desktop.awards.results import ChecklistItem, Issue
from desktop.snapshot import Dossier, Nominee
from desktop.vn.dates import short_date

SIMPLIFIED = "don-gian"
PRESIDENT, PRIME_MINISTER = "chu-tich-nuoc", "thu-tuong"
CSTD, LDTT = "cstd-co-so", "lao-dong-tien-tien"


def procedure_of(d: Dossier) -> str:
    return SIMPLIFIED if d.extra.get("procedure") == SIMPLIFIED else "thong-thuong"


def required_components(award: Award, procedure: str) -> tuple[str, ...]:
    if procedure == SIMPLIFIED and award.components_simplified:
        return award.components_simplified
    return award.components


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def build_checklist(d: Dossier, rs: RuleSet) -> list[ChecklistItem]:
    """Each required component, once per dossier or once per nominee as the rule set says."""
    procedure = procedure_of(d)
    dossier_level: dict[str, None] = {}
    per_nominee: dict[tuple[str, str], None] = {}
    for p in d.proposals:
        award = rs.awards.get(p.award)
        if award is None or award.historical:
            continue
        for code in required_components(award, procedure):
            comp = rs.components[code]
            if comp.per == "dossier":
                dossier_level[code] = None
            else:
                per_nominee[(p.nominee_id, code)] = None
    by_component: dict[str, list[str | None]] = defaultdict(list)
    for doc in d.documents:
        by_component[doc.component].append(doc.nominee_id)
    needing: dict[str, set[str]] = defaultdict(set)
    for nominee_id, code in per_nominee:
        needing[code].add(nominee_id)

    items = []
    for code in sorted(dossier_level, key=list(rs.components).index):
        name = rs.components[code].name
        present = bool(by_component.get(code))
        items.append(ChecklistItem(code, None, True, present, f"Có {_lower_first(name)}" if present
                                   else f"Thiếu {_lower_first(name)}"))
    order = {n.id: i for i, n in enumerate(d.nominees)}
    for nominee_id, code in sorted(per_nominee, key=lambda k: (order.get(k[0], 0), list(rs.components).index(k[1]))):
        tagged = by_component.get(code, [])
        # A file not tagged with a nominee serves only when a single nominee needs that component.
        present = nominee_id in tagged or (None in tagged and len(needing[code]) == 1)
        nominee = d.nominee(nominee_id)
        who = nominee.display_name if nominee else nominee_id
        name = _lower_first(rs.components[code].name)
        items.append(ChecklistItem(code, nominee_id, True, present,
                                   f"Có {name} của {who}" if present else f"Thiếu {name} của {who}"))
    return items


def dossier_issues(d: Dossier, rs: RuleSet, as_of: date) -> list[Issue]:
    out: list[Issue] = [Issue("info", "ruleset", note) for note in rs.notes]
    if not rs.in_force(as_of):
        until = f" đến {short_date(rs.valid_to)}" if rs.valid_to else ""
        out.append(Issue("warning", "ruleset", f"Bộ quy tắc {rs.name} áp dụng từ {short_date(rs.valid_from)}{until}, "
                                               f"nhưng ngày xét là {short_date(as_of)}"))
    out += consistency_issues(d, rs)
    out += cross_issues(d, rs)
    return out


def consistency_issues(d: Dossier, rs: RuleSet) -> list[Issue]:
    out: list[Issue] = []
    if not d.proposals:
        out.append(Issue("error", "proposals", "Hồ sơ chưa có đề nghị khen thưởng nào"))
    level = d.unit.level
    if level not in rs.unit_levels:
        out.append(Issue("error", "unit.level", f"Bộ quy tắc {rs.name} không có đơn vị cấp {_LEVEL_NAMES[level]} "
                                                f"({rs.unit_level_basis})"))
    procedure = procedure_of(d)
    deciders: dict[str, list[str]] = defaultdict(list)
    proposed = {p.nominee_id for p in d.proposals}
    for i, p in enumerate(d.proposals):
        award = rs.awards.get(p.award)
        if award is None or award.historical:
            continue  # the proposal's own verdict says why
        where = f"proposals[{i}]"
        deciders[award.decider.code].append(award.name)
        auth = award.decider
        if level in rs.unit_levels and level not in auth.proposers:
            if level in auth.through:
                out.append(Issue("info", where, f"{award.name} do {auth.label} quyết định: hồ sơ của đơn vị cấp "
                                                f"{_LEVEL_NAMES[level]} trình qua {auth.through[level]} ({auth.basis}; "
                                                f"Luật TĐKT 2022, Điều 83)"))
            else:
                out.append(Issue("error", where, f"Đơn vị cấp {_LEVEL_NAMES[level]} không đề nghị {award.name} lên "
                                                 f"{auth.label} ({auth.basis}; Luật TĐKT 2022, Điều 83)"))
        if procedure == SIMPLIFIED and not award.components_simplified:
            out.append(Issue("error", where, f"{award.name} không xét theo thủ tục đơn giản (Luật TĐKT 2022, Điều 85)"))
        out += _form_issues(d, rs, i, award, procedure)
    if deciders.get(PRESIDENT) and deciders.get(PRIME_MINISTER):
        out.append(Issue("error", "proposals",
                         "Không trình chung trong một hồ sơ hình thức do Chủ tịch nước quyết định ("
                         f"{', '.join(dict.fromkeys(deciders[PRESIDENT]))}) và hình thức do Thủ tướng Chính phủ quyết "
                         f"định ({', '.join(dict.fromkeys(deciders[PRIME_MINISTER]))}) ({rs.decree}, "
                         "Phụ lục I, Mẫu số 02, ghi chú 2)"))
    for i, n in enumerate(d.nominees):
        if n.id not in proposed:
            out.append(Issue("warning", f"nominees[{i}]",
                             f"{n.display_name} có trong danh sách đối tượng nhưng không được đề nghị khen thưởng nào"))
    for i, doc in enumerate(d.documents):
        if doc.nominee_id is not None and doc.nominee_id not in proposed:
            out.append(Issue("warning", f"documents[{i}].nominee_id",
                             f"Tài liệu {doc.file} thuộc đối tượng không có trong danh sách đề nghị"))
    return out


_LEVEL_NAMES = {"xa": "xã", "huyen": "huyện", "tinh": "tỉnh", "co-quan": "cơ quan"}


def _form_issues(d: Dossier, rs: RuleSet, i: int, award: Award, procedure: str) -> list[Issue]:
    """Required guided-form fields left empty: the report cannot be written without them."""
    nominee = d.nominee(d.proposals[i].nominee_id)
    if nominee is None:
        return []
    report = "tom-tat-thanh-tich" if procedure == SIMPLIFIED else "bao-cao-thanh-tich"
    if any(doc.component == report and doc.nominee_id in (nominee.id, None) and not doc.extra.get("generated")
           for doc in d.documents):
        return []  # the report is attached as a file: the fields that would generate it are not needed
    spec = rs.form_for(award.code, nominee.kind)
    raw = d.proposals[i].extra.get("form")
    values: Mapping[str, object] = raw if isinstance(raw, Mapping) else {}
    out = []
    for f in spec.fields if spec else ():
        if f.required and f.shown(procedure=procedure, award=award.code, kind=nominee.kind):
            value = values.get(f.key)
            if value is None or (isinstance(value, str) and not value.strip()):
                out.append(Issue("warning", f"proposals[{i}].form.{f.key}",
                                 f"Chưa nhập «{f.label}» cho đề nghị {award.name} của {nominee.display_name}"))
    return out


def cross_issues(d: Dossier, rs: RuleSet) -> list[Issue]:
    out: list[Issue] = []
    seen_id: dict[str, int] = {}
    for i, n in enumerate(d.nominees):
        if n.national_id:
            if n.national_id in seen_id:
                j = seen_id[n.national_id]
                out.append(Issue("error", f"nominees[{i}].national_id",
                                 f"Số định danh {n.national_id} của {n.display_name} trùng với "
                                 f"{d.nominees[j].display_name} (nominees[{j}])"))
            else:
                seen_id[n.national_id] = i
    seen: dict[tuple[str, str, int], int] = {}
    by_person_year: dict[tuple[str, int], list[tuple[int, str]]] = defaultdict(list)
    for i, p in enumerate(d.proposals):
        key = (p.nominee_id, p.award, p.year)
        if key in seen:
            out.append(Issue("error", f"proposals[{i}]", f"Đề nghị trùng với proposals[{seen[key]}]"))
            continue
        seen[key] = i
        by_person_year[(p.nominee_id, p.year)].append((i, p.award))
    for (nominee_id, year), items in by_person_year.items():
        for a_i, (_i, a) in enumerate(items):
            award = rs.awards.get(a)
            for j, b in items[a_i + 1:]:
                other = rs.awards.get(b)
                if award and other and (b in award.excludes or a in other.excludes):
                    who = _name(d.nominee(nominee_id), nominee_id)
                    out.append(Issue("error", f"proposals[{j}]",
                                     f"{who} không thể cùng năm {year} được đề nghị {award.name} và {other.name} "
                                     f"(Luật TĐKT 2022, Điều 19–20; một thành tích chỉ khen một danh hiệu)"))
    out += _cap_issues(d, rs)
    return out


def _name(n: Nominee | None, fallback: str) -> str:
    return n.display_name if n else fallback


def _cap_issues(d: Dossier, rs: RuleSet) -> list[Issue]:
    """Province option: CSTĐCS at most a share of the Lao động tiên tiến count (off when the share is 0)."""
    share = float(rs.options.get("cstd_cap_share", 0) or 0)
    if share <= 0:
        return []
    out = []
    for year in sorted({p.year for p in d.proposals}):
        cstd = {p.nominee_id for p in d.proposals if p.award == CSTD and p.year == year}
        ldtt = {p.nominee_id for p in d.proposals if p.award == LDTT and p.year == year}
        ldtt |= {n.id for n in d.nominees if any(h.award == LDTT and h.year == year for h in n.honours)}
        cap = math.floor(share * len(ldtt) + 1e-9)
        if len(cstd) > cap:
            opt = rs.option_specs["cstd_cap_share"]
            out.append(Issue("error", "proposals",
                             f"Năm {year} đề nghị {len(cstd):02d} Chiến sĩ thi đua cơ sở, vượt tỉ lệ "
                             f"{share * 100:g}% của {len(ldtt):02d} Lao động tiên tiến (tối đa {cap:02d}) "
                             f"({opt.basis})"))
    return out
