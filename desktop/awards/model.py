"""The rule set as plain frozen data: what the TOML files under resources/rulesets/<name>/ say, after checking.

Nothing here judges anyone; `criteria` and `eligibility` do. Keeping the data inert means the GUI can show a rule
set (names, forms, bases) without importing the judging code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

CONFIDENCE = ("V", "M", "L")
CONFIDENCE_LABELS = {
    "V": "đã xác minh",
    "M": "theo trí nhớ văn bản, chưa đối chiếu nguyên văn",
    "L": "quy định chưa được xác minh",
}
SUBJECTS = ("individual", "collective", "household")
SUBJECT_LABELS = {"individual": "cá nhân", "collective": "tập thể", "household": "hộ gia đình"}
KINDS = ("title", "form")
LEVELS = ("co-so", "xa", "huyen", "tinh", "bo", "nha-nuoc")  # co-so: an agency or enterprise head
FIELD_TYPES = ("text", "multiline", "date", "choice", "int", "bool")


class RuleSetError(Exception):
    """A rule set that cannot be used; the message names the file and the key, in Vietnamese."""

    def __init__(self, file: str, key: str, problem: str):
        self.file = file
        self.key = key
        self.problem = problem
        where = f"{file}, khóa {key}" if key else file
        super().__init__(f"Bộ quy tắc bị lỗi ({where}): {problem}")


@dataclass(frozen=True)
class Authority:
    code: str
    label: str
    level: str
    basis: str
    confidence: str
    proposers: tuple[str, ...]  # unit levels that submit straight to this authority
    through: Mapping[str, str] = field(default_factory=dict)  # unit level -> body it must submit through


@dataclass(frozen=True)
class Criterion:
    """One entry of the closed vocabulary with its parameters; `alternatives` only for check = any_of, `within`
    (the criteria counted inside the run, "trong thời gian đó") only for check = run."""

    id: str
    check: str
    params: Mapping[str, Any]
    basis: str
    confidence: str
    label: str = ""
    subjects: tuple[str, ...] = ()  # empty: applies to every subject of the award
    option: str | None = None  # enabled only when this rule-set option is true
    alternatives: tuple[Criterion, ...] = ()
    within: tuple[Criterion, ...] = ()

    def walk(self) -> tuple[Criterion, ...]:
        """This criterion and every criterion nested in it."""
        out: tuple[Criterion, ...] = (self,)
        for c in (*self.alternatives, *self.within):
            out += c.walk()
        return out


@dataclass(frozen=True)
class Award:
    code: str
    name: str
    kind: str  # title | form
    subjects: tuple[str, ...]
    level: str
    decider: Authority
    basis: str
    confidence: str
    criteria: tuple[Criterion, ...] = ()
    components: tuple[str, ...] = ()
    components_simplified: tuple[str, ...] = ()  # empty: the simplified procedure does not apply
    excludes: tuple[str, ...] = ()
    counts_as: tuple[str, ...] = ()  # other codes this honour also stands for (e.g. the province's Bằng khen)
    form: str | None = None
    historical: bool = False  # kept so old honours validate; cannot be proposed under this rule set
    note: str = ""

    @property
    def subject(self) -> str:
        return self.subjects[0]

    @property
    def decider_label(self) -> str:
        return self.decider.label

    def criteria_for(self, subject: str) -> tuple[Criterion, ...]:
        return tuple(c for c in self.criteria if not c.subjects or subject in c.subjects)

    def encoded_for(self, subject: str) -> bool:
        return bool(self.criteria_for(subject))


@dataclass(frozen=True)
class Component:
    code: str
    name: str
    description: str
    basis: str
    per: str  # dossier | nominee


@dataclass(frozen=True)
class FormField:
    key: str
    label: str
    type: str
    hint: str = ""
    required: bool = False
    choices: tuple[str, ...] = ()
    show_when: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def shown(self, **facts: str) -> bool:
        """show_when maps a fact (procedure, award, kind) to the values for which the field is shown."""
        return all(facts.get(k) in v for k, v in self.show_when.items() if k in facts)


@dataclass(frozen=True)
class FormSection:
    title: str
    fields: tuple[FormField, ...]


@dataclass(frozen=True)
class FormSpec:
    id: str
    title: str
    sections: tuple[FormSection, ...]

    @property
    def fields(self) -> tuple[FormField, ...]:
        return tuple(f for s in self.sections for f in s.fields)


@dataclass(frozen=True)
class Option:
    key: str
    value: bool | float | int
    label: str
    basis: str
    confidence: str


@dataclass(frozen=True)
class RuleSet:
    name: str
    version: str
    title: str
    valid_from: date
    valid_to: date | None
    legal_basis: tuple[str, ...]
    unit_levels: tuple[str, ...]  # unit levels that may exist while this rule set is in force
    awards: Mapping[str, Award]
    authorities: Mapping[str, Authority]
    components: Mapping[str, Component]
    forms: Mapping[str, FormSpec]
    default_forms: Mapping[str, str]  # subject -> form id
    option_specs: Mapping[str, Option]
    notes: tuple[str, ...] = ()
    unit_level_basis: str = ""
    decree: str = ""  # the guiding decree cited by general rules, e.g. "Nghị định 152/2025/NĐ-CP"
    # Optional award_names.toml: the formal name printed on the forms, per award, with {province} / {commune}.
    formal_names: Mapping[str, str] = field(default_factory=dict)

    @property
    def options(self) -> dict[str, bool | float | int]:
        return {k: o.value for k, o in self.option_specs.items()}

    def option(self, key: str) -> Any:
        return self.option_specs[key].value

    def award(self, code: str) -> Award | None:
        return self.awards.get(code)

    def in_force(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_to is None or day <= self.valid_to)

    def form_for(self, award_code: str, subject: str) -> FormSpec | None:
        award = self.awards.get(award_code)
        form_id = award.form if award and award.form else self.default_forms.get(subject)
        return self.forms.get(form_id) if form_id else None

    def with_options(self, overrides: Mapping[str, Any] | None) -> RuleSet:
        """A copy with some options changed; an unknown key or a value of the wrong type is a RuleSetError."""
        if not overrides:
            return self
        specs = dict(self.option_specs)
        for key, value in overrides.items():
            if key not in specs:
                raise RuleSetError(f"tùy chọn của {self.name}", key,
                                   f'không có tùy chọn "{key}"; có: {", ".join(sorted(specs))}')
            old = specs[key]
            if isinstance(old.value, bool) != isinstance(value, bool) or not isinstance(value, int | float):
                raise RuleSetError(f"tùy chọn của {self.name}", key,
                                   f"giá trị {value!r} không cùng kiểu với mặc định {old.value!r}")
            specs[key] = replace(old, value=value)
        return replace(self, option_specs=specs)
