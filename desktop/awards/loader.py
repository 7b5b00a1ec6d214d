"""Turn the four TOML documents (and the optional award_names.toml) of a rule set into checked `RuleSet` data, or raise naming file and key."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from desktop.awards.criteria import CHECKS, PARAM_VALUES, RUN_CHECKS, WINDOW_PARAMS
from desktop.awards.model import (
    CONFIDENCE,
    FIELD_TYPES,
    KINDS,
    LEVELS,
    SUBJECTS,
    Authority,
    Award,
    Component,
    Criterion,
    FormField,
    FormSection,
    FormSpec,
    Option,
    RuleSet,
    RuleSetError,
)
from desktop.snapshot import COMPONENTS, UNIT_LEVELS


class _Doc:
    """One TOML file being read; every accessor names `file` and the dotted key in its error."""

    def __init__(self, ruleset: str, file: str, data: Mapping[str, Any]):
        self.file = f"{ruleset}/{file}"
        self.data = data

    def fail(self, key: str, problem: str) -> RuleSetError:
        return RuleSetError(self.file, key, problem)

    def table(self, o: Mapping[str, Any], key: str, path: str, required: bool = True) -> Mapping[str, Any]:
        value = o.get(key)
        if value is None:
            if required:
                raise self.fail(_j(path, key), "thiếu bảng bắt buộc")
            return {}
        if not isinstance(value, Mapping):
            raise self.fail(_j(path, key), "cần một bảng")
        return value

    def text(self, o: Mapping[str, Any], key: str, path: str, required: bool = True, default: str = "") -> str:
        value = o.get(key)
        if value is None:
            if required:
                raise self.fail(_j(path, key), "thiếu giá trị bắt buộc")
            return default
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.fail(_j(path, key), "cần một chuỗi không rỗng")
        return value

    def texts(self, o: Mapping[str, Any], key: str, path: str, allowed: tuple[str, ...] | None = None,
              what: str = "giá trị") -> tuple[str, ...]:
        value = o.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(_j(path, key), "cần một danh sách chuỗi")
        if allowed is not None:
            for i, v in enumerate(value):
                if v not in allowed:
                    raise self.fail(f"{_j(path, key)}[{i}]", f'{what} "{v}" không hợp lệ; cần một trong: '
                                                             f'{", ".join(allowed)}')
        return tuple(value)

    def choice(self, o: Mapping[str, Any], key: str, path: str, allowed: tuple[str, ...], what: str) -> str:
        value = self.text(o, key, path)
        if value not in allowed:
            raise self.fail(_j(path, key), f'{what} "{value}" không hợp lệ; cần một trong: {", ".join(allowed)}')
        return value

    def basis(self, o: Mapping[str, Any], path: str) -> tuple[str, str]:
        if not o.get("basis"):
            raise self.fail(_j(path, "basis"), "thiếu căn cứ pháp lý (basis); mỗi quy tắc phải dẫn điều khoản")
        return self.text(o, "basis", path), self.choice(o, "confidence", path, CONFIDENCE, "mức tin cậy")

    def only(self, o: Mapping[str, Any], path: str, allowed: set[str]) -> None:
        for k in o:
            if k not in allowed:
                raise self.fail(_j(path, k), f'khóa "{k}" không được dùng ở đây; cho phép: {", ".join(sorted(allowed))}')


def _j(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _day(doc: _Doc, o: Mapping[str, Any], key: str, path: str, required: bool) -> date | None:
    value = o.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, date):
        raise doc.fail(_j(path, key), "cần một ngày TOML dạng YYYY-MM-DD")
    return value


def _options(doc: _Doc) -> dict[str, Option]:
    out = {}
    for key, o in doc.table(doc.data, "options", "", required=False).items():
        path = f"options.{key}"
        doc.only(o, path, {"value", "label", "basis", "confidence"})
        value = o.get("value")
        if not isinstance(value, bool | int | float):
            raise doc.fail(_j(path, "value"), "cần true/false hoặc một số")
        basis, conf = doc.basis(o, path)
        out[key] = Option(key, value, doc.text(o, "label", path), basis, conf)
    return out


def _authorities(doc: _Doc) -> dict[str, Authority]:
    out = {}
    for code, o in doc.table(doc.data, "authorities", "").items():
        path = f"authorities.{code}"
        doc.only(o, path, {"label", "level", "basis", "confidence", "proposers", "through"})
        basis, conf = doc.basis(o, path)
        through = doc.table(o, "through", path, required=False)
        for lvl, body in through.items():
            if lvl not in UNIT_LEVELS or not isinstance(body, str):
                raise doc.fail(f"{path}.through.{lvl}", "cần cấp đơn vị (xa, huyen, tinh, co-quan) = tên cơ quan trình")
        out[code] = Authority(code, doc.text(o, "label", path), doc.choice(o, "level", path, LEVELS, "cấp"),
                              basis, conf, doc.texts(o, "proposers", path, UNIT_LEVELS, "cấp đơn vị"), dict(through))
    return out


def _components(doc: _Doc) -> dict[str, Component]:
    out = {}
    for code, o in doc.table(doc.data, "components", "").items():
        path = f"components.{code}"
        if code not in COMPONENTS:
            raise doc.fail(path, f'thành phần "{code}" không có trong đặc tả hskt-dossier/1')
        doc.only(o, path, {"name", "description", "basis", "confidence", "per"})
        basis, _ = doc.basis(o, path)
        out[code] = Component(code, doc.text(o, "name", path), doc.text(o, "description", path, required=False),
                              basis, doc.choice(o, "per", path, ("dossier", "nominee"), "phạm vi"))
    return out


def _forms(doc: _Doc) -> tuple[dict[str, FormSpec], dict[str, str]]:
    forms = {}
    for fid, o in doc.table(doc.data, "forms", "").items():
        path = f"forms.{fid}"
        doc.only(o, path, {"title", "sections"})
        sections = []
        raw_sections = o.get("sections")
        if not isinstance(raw_sections, list) or not raw_sections:
            raise doc.fail(_j(path, "sections"), "cần ít nhất một mục")
        seen: set[str] = set()
        for si, s in enumerate(raw_sections):
            spath = f"{path}.sections[{si}]"
            doc.only(s, spath, {"title", "fields"})
            fields = []
            for fi, f in enumerate(s.get("fields", [])):
                fpath = f"{spath}.fields[{fi}]"
                doc.only(f, fpath, {"key", "label", "hint", "type", "required", "choices", "show_when"})
                key = doc.text(f, "key", fpath)
                if key in seen:
                    raise doc.fail(_j(fpath, "key"), f'trường "{key}" đã có trong biểu mẫu {fid}')
                seen.add(key)
                ftype = doc.choice(f, "type", fpath, FIELD_TYPES, "kiểu trường")
                choices = doc.texts(f, "choices", fpath)
                if ftype == "choice" and not choices:
                    raise doc.fail(_j(fpath, "choices"), "trường kiểu choice cần danh sách lựa chọn")
                show = {}
                for k, v in doc.table(f, "show_when", fpath, required=False).items():
                    if k not in ("procedure", "award", "kind"):
                        raise doc.fail(f"{fpath}.show_when.{k}", "chỉ dùng procedure, award hoặc kind")
                    show[k] = tuple(v) if isinstance(v, list) else (v,)
                fields.append(FormField(key, doc.text(f, "label", fpath), ftype, doc.text(f, "hint", fpath, False),
                                        bool(f.get("required", False)), choices, show))
            sections.append(FormSection(doc.text(s, "title", spath), tuple(fields)))
        forms[fid] = FormSpec(fid, doc.text(o, "title", path), tuple(sections))
    defaults = dict(doc.table(doc.data, "default_forms", ""))
    for subject, fid in defaults.items():
        if subject not in SUBJECTS:
            raise doc.fail(f"default_forms.{subject}", f'đối tượng "{subject}" không hợp lệ')
        if fid not in forms:
            raise doc.fail(f"default_forms.{subject}", f'không có biểu mẫu "{fid}"')
    return forms, defaults


class _Refs:
    """What criteria and awards may point at, for reference checks."""

    def __init__(self, award_codes: set[str], components: set[str], forms: set[str], options: set[str]):
        self.awards, self.components, self.forms, self.options = award_codes, components, forms, options


def _param(doc: _Doc, refs: _Refs, ptype: str, value: Any, path: str) -> Any:
    if ptype in ("int", "count"):
        lo = 1 if ptype == "int" else 0
        if isinstance(value, bool) or not isinstance(value, int) or value < lo:
            raise doc.fail(path, f"cần số nguyên từ {lo} trở lên")
        return value
    if ptype == "share":
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value <= 1:
            raise doc.fail(path, "cần tỉ lệ trong khoảng (0, 1], ví dụ 0.5")
        return value
    if ptype == "text":
        if not isinstance(value, str) or not value.strip():
            raise doc.fail(path, "cần một chuỗi không rỗng")
        return value
    if ptype in PARAM_VALUES:
        if value not in PARAM_VALUES[ptype]:
            raise doc.fail(path, f'giá trị "{value}" không hợp lệ; cần một trong: {", ".join(PARAM_VALUES[ptype])}')
        return value
    if ptype == "award":
        if value not in refs.awards:
            raise doc.fail(path, f'mã khen thưởng "{value}" không có trong danh mục của bộ quy tắc')
        return value
    if ptype == "awards":
        if not isinstance(value, list) or not value:
            raise doc.fail(path, "cần danh sách mã khen thưởng")
        return [_param(doc, refs, "award", v, f"{path}[{i}]") for i, v in enumerate(value)]
    if ptype == "conditions":
        if not isinstance(value, list) or not value:
            raise doc.fail(path, 'cần danh sách điều kiện, ví dụ [{ title = "cstd-co-so" }, { rating = "..." }]')
        return [_param(doc, refs, "condition", v, f"{path}[{i}]") for i, v in enumerate(value)]
    if ptype == "condition":
        if not isinstance(value, Mapping) or len(value) != 1 or next(iter(value)) not in ("rating", "title"):
            raise doc.fail(path, 'cần đúng một điều kiện: { rating = "..." } hoặc { title = "..." }')
        k, v = next(iter(value.items()))
        return {k: _param(doc, refs, "rating" if k == "rating" else "award", v, f"{path}.{k}")}
    raise doc.fail(path, f"kiểu tham số {ptype} không được hỗ trợ")  # a bug in CHECKS, not in the TOML


def _criterion(doc: _Doc, refs: _Refs, o: Any, path: str, subjects: tuple[str, ...],
               in_run: bool = False) -> Criterion:
    if not isinstance(o, Mapping):
        raise doc.fail(path, "cần một bảng tiêu chí")
    doc.only(o, path, {"id", "check", "params", "basis", "confidence", "label", "subjects", "option", "alternatives",
                       "within"})
    cid = doc.text(o, "id", path)
    check = doc.text(o, "check", path)
    if check not in CHECKS:
        raise doc.fail(_j(path, "check"), f'tiêu chí "{check}" không có trong danh mục tiêu chí; có: '
                                          f'{", ".join(sorted(CHECKS))}')
    if in_run and check not in RUN_CHECKS:
        raise doc.fail(_j(path, "check"), f'tiêu chí "{check}" không tính trong chuỗi năm; trong within chỉ dùng: '
                                          f'{", ".join(RUN_CHECKS)}')
    basis, conf = doc.basis(o, path)
    schema = CHECKS[check]
    raw = doc.table(o, "params", path, required=False)
    params: dict[str, Any] = {}
    for k, v in raw.items():
        if in_run and k in WINDOW_PARAMS:
            raise doc.fail(f"{path}.params.{k}", f'tham số "{k}" không dùng trong within: thời gian tính là chuỗi năm')
        if k not in schema.params:
            allowed = ", ".join(schema.params) or "không có"
            raise doc.fail(f"{path}.params.{k}", f'tham số "{k}" không dùng cho {check}; cho phép: {allowed}')
        params[k] = _param(doc, refs, schema.params[k][0], v, f"{path}.params.{k}")
    for k, (_, req) in schema.params.items():
        if req and k not in params:
            raise doc.fail(f"{path}.params.{k}", f"thiếu tham số bắt buộc của {check}")
    one_of = tuple(k for k in schema.one_of if not (in_run and k in WINDOW_PARAMS))
    if one_of and sum(k in params for k in one_of) != 1:
        raise doc.fail(f"{path}.params", f"cần đúng một trong các tham số: {', '.join(schema.one_of)}")
    option = o.get("option")
    if option is not None and (not isinstance(option, str) or option.lstrip("!") not in refs.options):
        raise doc.fail(_j(path, "option"), f'không có tùy chọn "{option}" trong ruleset.toml')
    only_for = doc.texts(o, "subjects", path, subjects, "đối tượng")
    alts: tuple[Criterion, ...] = ()
    if check == "any_of":
        raw_alts = o.get("alternatives")
        if not isinstance(raw_alts, list) or len(raw_alts) < 2:
            raise doc.fail(_j(path, "alternatives"), "any_of cần ít nhất hai lựa chọn")
        alts = tuple(_criterion(doc, refs, a, f"{path}.alternatives[{i}]", subjects, in_run)
                     for i, a in enumerate(raw_alts))
    elif "alternatives" in o:
        raise doc.fail(_j(path, "alternatives"), "chỉ any_of mới có alternatives")
    within: tuple[Criterion, ...] = ()
    if check == "run":
        if in_run:
            raise doc.fail(_j(path, "check"), "không lồng một chuỗi năm trong chuỗi năm khác")
        raw_within = o.get("within", [])
        if not isinstance(raw_within, list):
            raise doc.fail(_j(path, "within"), "cần danh sách [[...within]]")
        within = tuple(_criterion(doc, refs, w, f"{path}.within[{i}]", subjects, True)
                       for i, w in enumerate(raw_within))
    elif "within" in o:
        raise doc.fail(_j(path, "within"), "chỉ run mới có within (các điều kiện tính trong chuỗi năm)")
    return Criterion(cid, check, params, basis, conf, doc.text(o, "label", path, False), only_for, option, alts,
                     within)


def _award(doc: _Doc, refs: _Refs, code: str, o: Any, authorities: Mapping[str, Authority]) -> Award:
    path = f"awards.{code}"
    if not isinstance(o, Mapping):
        raise doc.fail(path, "cần một bảng")
    doc.only(o, path, {"name", "kind", "subjects", "level", "decider", "basis", "confidence", "criteria",
                       "components", "components_simplified", "excludes", "counts_as", "form", "historical", "note"})
    basis, conf = doc.basis(o, path)
    subjects = doc.texts(o, "subjects", path, SUBJECTS, "đối tượng")
    if not subjects:
        raise doc.fail(_j(path, "subjects"), "cần ít nhất một đối tượng (individual, collective, household)")
    decider = doc.text(o, "decider", path)
    if decider not in authorities:
        raise doc.fail(_j(path, "decider"), f'không có cơ quan quyết định "{decider}" trong ruleset.toml')
    comps = doc.texts(o, "components", path, tuple(refs.components), "thành phần hồ sơ")
    simple = doc.texts(o, "components_simplified", path, tuple(refs.components), "thành phần hồ sơ")
    excludes = doc.texts(o, "excludes", path, tuple(refs.awards), "mã khen thưởng")
    counts_as = doc.texts(o, "counts_as", path, tuple(refs.awards), "mã khen thưởng")
    form = o.get("form")
    if form is not None and form not in refs.forms:
        raise doc.fail(_j(path, "form"), f'không có biểu mẫu "{form}" trong forms.toml')
    raw = o.get("criteria", [])
    if not isinstance(raw, list):
        raise doc.fail(_j(path, "criteria"), "cần danh sách [[...criteria]]")
    crit = tuple(_criterion(doc, refs, c, f"{path}.criteria[{i}]", subjects) for i, c in enumerate(raw))
    ids = [c.id for c in crit]
    dup = next((i for i in ids if ids.count(i) > 1), None)
    if dup:
        raise doc.fail(_j(path, "criteria"), f'mã tiêu chí "{dup}" bị trùng')
    historical = bool(o.get("historical", False))
    if not comps and not historical:
        raise doc.fail(_j(path, "components"), "cần danh sách thành phần hồ sơ")
    return Award(code, doc.text(o, "name", path), doc.choice(o, "kind", path, KINDS, "loại"), subjects,
                 doc.choice(o, "level", path, LEVELS, "cấp"), authorities[decider], basis, conf, crit, comps, simple,
                 excludes, counts_as, form, historical, doc.text(o, "note", path, False))


def _no_cycles(doc: _Doc, awards: Mapping[str, Award]) -> None:
    """meets_award must not loop (A needs B needs A), or judging would never end."""
    def deps(c: Award) -> set[str]:
        out: set[str] = set()
        stack = list(c.criteria)
        while stack:
            cr = stack.pop()
            stack.extend(cr.alternatives)
            stack.extend(cr.within)
            if cr.check == "meets_award":
                out.add(cr.params["award"])
        return out

    for code in awards:
        seen, todo = set(), [code]
        while todo:
            cur = todo.pop()
            for d in deps(awards[cur]):
                if d == code:
                    raise doc.fail(f"awards.{code}.criteria", f"meets_award tạo vòng lặp qua {cur}")
                if d not in seen:
                    seen.add(d)
                    todo.append(d)


def build_ruleset(name: str, docs: Mapping[str, Mapping[str, Any]]) -> RuleSet:
    meta_doc = _Doc(name, "ruleset.toml", docs["ruleset.toml"])
    meta = meta_doc.table(meta_doc.data, "ruleset", "")
    meta_doc.only(meta, "ruleset", {"name", "version", "title", "valid_from", "valid_to", "legal_basis",
                                    "unit_levels", "unit_level_basis", "notes", "decree"})
    if meta.get("name") != name:
        raise meta_doc.fail("ruleset.name", f'tên "{meta.get("name")}" phải trùng tên thư mục "{name}"')
    options = _options(meta_doc)
    authorities = _authorities(meta_doc)
    comp_doc = _Doc(name, "components.toml", docs["components.toml"])
    components = _components(comp_doc)
    form_doc = _Doc(name, "forms.toml", docs["forms.toml"])
    forms, default_forms = _forms(form_doc)
    award_doc = _Doc(name, "awards.toml", docs["awards.toml"])
    raw_awards = award_doc.table(award_doc.data, "awards", "")
    refs = _Refs(set(raw_awards), set(components), set(forms), set(options))
    awards = {code: _award(award_doc, refs, code, o, authorities) for code, o in raw_awards.items()}
    _no_cycles(award_doc, awards)
    formal_names = _formal_names(name, docs.get(FORMAL_NAMES), awards)
    return RuleSet(
        name=name,
        version=meta_doc.text(meta, "version", "ruleset"),
        title=meta_doc.text(meta, "title", "ruleset"),
        valid_from=_day(meta_doc, meta, "valid_from", "ruleset", True) or date.min,
        valid_to=_day(meta_doc, meta, "valid_to", "ruleset", False),
        legal_basis=meta_doc.texts(meta, "legal_basis", "ruleset"),
        unit_levels=meta_doc.texts(meta, "unit_levels", "ruleset", UNIT_LEVELS, "cấp đơn vị"),
        unit_level_basis=meta_doc.text(meta, "unit_level_basis", "ruleset", False),
        awards=awards,
        authorities=authorities,
        components=components,
        forms=forms,
        default_forms=default_forms,
        option_specs=options,
        notes=meta_doc.texts(meta, "notes", "ruleset"),
        decree=meta_doc.text(meta, "decree", "ruleset", False),
        formal_names=formal_names,
    )


FORMAL_NAMES = "award_names.toml"  # optional
_PLACES = {"province", "commune"}


def _formal_names(name: str, data: Mapping[str, Any] | None, awards: Mapping[str, Any]) -> dict[str, str]:
    """award_names.toml: [award_names] code = "Bằng khen của Chủ tịch Ủy ban nhân dân {province}"."""
    if data is None:
        return {}
    doc = _Doc(name, FORMAL_NAMES, data)
    table = doc.table(doc.data, "award_names", "")
    out: dict[str, str] = {}
    for code, text in table.items():
        if code not in awards:
            raise doc.fail(f"award_names.{code}", f'không có danh hiệu, hình thức "{code}" trong awards.toml')
        if not isinstance(text, str) or not text.strip():
            raise doc.fail(f"award_names.{code}", "phải là tên đầy đủ (chuỗi)")
        unknown = set(re.findall(r"{(\w*)}", text)) - _PLACES
        if unknown:
            raise doc.fail(f"award_names.{code}", f"chỉ dùng được {{province}}, {{commune}}; gặp {sorted(unknown)}")
        out[code] = text
    return out
