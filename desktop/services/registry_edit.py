"""Editing the registry: a subject's identity fields one at a time, and its history tables as whole lists.

Every edit is one short transaction with its audit event; values are normalised here (NFC, trimmed, typed), so a
view may hand over whatever the clerk typed and show the Vietnamese message of the ValueError it gets back.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.awards.catalogue import known_award_codes
from desktop.awards.model import FormField
from desktop.models import (
    Discipline,
    Dossier,
    DossierNominee,
    Honour,
    Initiative,
    MemberStat,
    Person,
    Rating,
    Subject,
)
from desktop.services import audit
from desktop.services.changes import Changes
from desktop.services.dossiers import refresh_summary
from desktop.services.registry import SubjectRow, new_subject, search
from desktop.snapshot import DISCIPLINE_LEVELS, GENDERS, RATINGS, SCOPES
from desktop.store.database import Store
from desktop.vn import cccd
from desktop.vn.collation import name_sort_string, text_sort_string
from desktop.vn.dates import parse_vn, short_date
from desktop.vn.text import clean, clean_multiline, fold

KIND_LABELS = {"individual": "Cá nhân", "collective": "Tập thể", "household": "Hộ gia đình"}
NAME_LABELS = {"individual": "Họ và tên", "collective": "Tên tập thể", "household": "Họ tên chủ hộ"}

_PENDING = FormField("pending_review", "Đang bị xem xét kỷ luật, điều tra, thanh tra hoặc khiếu nại", "bool",
                     hint="Khi đánh dấu, đối tượng không được đề nghị khen thưởng (Nghị định 152/2025, Điều 4)")
IDENTITY_FIELDS: dict[str, tuple[FormField, ...]] = {
    "individual": (
        FormField("display_name", NAME_LABELS["individual"], "text", required=True, hint="Ví dụ: Nguyễn Thị Hoa"),
        FormField("birth_date", "Ngày sinh", "date", required=True, hint="ngày/tháng/năm, ví dụ 05/02/1985"),
        FormField("gender", "Giới tính", "choice", required=True, choices=GENDERS),
        FormField("national_id", "Số định danh cá nhân (CCCD)", "cccd", required=True, hint="12 chữ số"),
        FormField("ethnicity", "Dân tộc", "text", hint="Ví dụ: Kinh"),
        FormField("position", "Chức vụ", "text", required=True, hint="Ví dụ: Chuyên viên"),
        FormField("workplace", "Đơn vị công tác", "text", required=True),
        FormField("hometown", "Quê quán", "text"),
        FormField("residence", "Nơi thường trú", "text"),
        FormField("education", "Trình độ chuyên môn", "text"),
        FormField("hired_on", "Ngày tuyển dụng", "date", hint="Dùng để xét điều kiện công tác đủ 6 tháng"),
        FormField("direct_worker", "Người trực tiếp lao động, công tác (không giữ chức vụ quản lý)", "bool"),
        _PENDING,
    ),
    "collective": (
        FormField("display_name", NAME_LABELS["collective"], "text", required=True),
        FormField("address", "Địa chỉ", "text"),
        _PENDING,
    ),
    "household": (
        FormField("display_name", NAME_LABELS["household"], "text", required=True),
        FormField("head_gender", "Giới tính chủ hộ", "choice", required=True, choices=GENDERS,
                  hint="In trên các mẫu: «Hộ ông …» hoặc «Hộ bà …»"),
        FormField("address", "Địa chỉ", "text", required=True),
        _PENDING,
    ),
}

HISTORY_TABLES = {"ratings": Rating, "honours": Honour, "initiatives": Initiative, "disciplines": Discipline,
                  "member_stats": MemberStat}
HISTORY_LABELS = {"ratings": "Xếp loại theo năm", "honours": "Khen thưởng đã nhận",
                  "initiatives": "Sáng kiến, đề tài", "disciplines": "Kỷ luật", "member_stats": "Số liệu thành viên"}
HISTORY_COLUMNS: dict[str, tuple[FormField, ...]] = {
    "ratings": (FormField("year", "Năm", "int", required=True),
                FormField("rating", "Xếp loại", "choice", required=True, choices=RATINGS)),
    "honours": (FormField("year", "Năm", "int", required=True),
                FormField("award", "Danh hiệu, hình thức", "choice", required=True,
                          choices=tuple(sorted(known_award_codes()))),
                FormField("decision", "Số quyết định", "text", hint="Ví dụ: 15/QĐ-UBND"),
                FormField("decision_date", "Ngày quyết định", "date"),
                FormField("issuer", "Cấp quyết định", "text")),
    "initiatives": (FormField("year", "Năm công nhận", "int", required=True),
                    FormField("title", "Tên sáng kiến, đề tài", "text", required=True),
                    FormField("scope", "Phạm vi", "choice", required=True, choices=SCOPES),
                    FormField("recognized_by", "Cơ quan công nhận", "text"),
                    FormField("decision", "Số quyết định", "text"),
                    FormField("decision_date", "Ngày quyết định", "date")),
    "disciplines": (FormField("year", "Năm", "int", required=True),
                    FormField("level", "Hình thức kỷ luật", "choice", required=True, choices=DISCIPLINE_LEVELS),
                    FormField("until", "Hết hiệu lực ngày", "date")),
    "member_stats": (FormField("year", "Năm", "int", required=True),
                     FormField("total", "Tổng số", "int", required=True),
                     FormField("completed_tasks", "Hoàn thành nhiệm vụ", "int", required=True),
                     FormField("lao_dong_tien_tien", "Lao động tiên tiến", "int", required=True),
                     FormField("cstd_co_so", "CSTĐ cơ sở", "int", required=True),
                     FormField("disciplined_canh_cao_or_above", "Bị kỷ luật từ cảnh cáo", "int", required=True)),
}
TABLES_BY_KIND = {"individual": ("ratings", "honours", "initiatives", "disciplines"),
                  "collective": ("ratings", "honours", "disciplines", "member_stats"),
                  "household": ("honours",)}


class NotFound(LookupError):
    pass


def parse_value(f: FormField, raw: Any) -> Any:
    """The typed value of what the clerk entered for `f`; None for empty. Raises ValueError in Vietnamese."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        if f.type == "bool":
            return False
        return None
    if f.type == "bool":
        return bool(raw)
    if f.type == "date":
        return raw if isinstance(raw, date) else parse_vn(str(raw))
    if f.type == "int":
        if isinstance(raw, int):
            return raw
        text = clean(str(raw))
        if not text.isdigit():
            raise ValueError(f"«{f.label}» phải là số nguyên, không phải «{text}»")
        return int(text)
    if f.type == "choice":
        value = clean(str(raw))
        if f.choices and value not in f.choices:
            raise ValueError(f"«{value}» không có trong danh sách chọn của «{f.label}»")
        return value
    if f.type == "cccd":
        digits = clean(str(raw)).replace(" ", "")
        if not digits.isdigit():
            raise ValueError("số định danh chỉ gồm chữ số")
        return digits
    if f.type == "multiline":
        return clean_multiline(str(raw)) or None
    return clean(str(raw)) or None


def display_value(f: FormField, value: Any) -> str:
    if value is None:
        return ""
    if f.type == "date" and isinstance(value, date):
        return short_date(value)
    return str(value)


def _field(kind: str, key: str) -> FormField:
    for f in IDENTITY_FIELDS[kind]:
        if f.key == key:
            return f
    raise KeyError(f"không có trường {key} cho {KIND_LABELS[kind].lower()}")


@dataclass(frozen=True)
class SubjectData:
    id: int
    kind: str
    values: Mapping[str, Any]
    history: Mapping[str, tuple[Mapping[str, Any], ...]]

    @property
    def name(self) -> str:
        return str(self.values.get("display_name") or "")

    def problems(self) -> dict[str, list[str]]:
        """Field key -> Vietnamese problems (live checks the form shows beside the field)."""
        out: dict[str, list[str]] = {}
        for f in IDENTITY_FIELDS[self.kind]:
            if f.required and f.type != "bool" and self.values.get(f.key) in (None, ""):
                out.setdefault(f.key, []).append(f"Chưa nhập «{f.label}»")
        number = self.values.get("national_id")
        if number:
            found = cccd.problems(str(number), self.values.get("birth_date"), self.values.get("gender"))
            if found:
                out.setdefault("national_id", []).extend(p[:1].upper() + p[1:] for p in found)
        return out


def _history_row(table: str, row: Any) -> dict[str, Any]:
    return {f.key: getattr(row, f.key) for f in HISTORY_COLUMNS[table]}


def _read(s: Session, subject_id: int) -> Subject:
    subj = s.get(Subject, subject_id)
    if subj is None:
        raise NotFound(f"không có đối tượng số {subject_id} trong sổ")
    return subj


def subject_data(store: Store, subject_id: int) -> SubjectData:
    with store.read() as s:
        subj = _read(s, subject_id)
        values = {f.key: getattr(subj, f.key, None) for f in IDENTITY_FIELDS[subj.kind]}
        history = {t: tuple(_history_row(t, r) for r in getattr(subj, t)) for t in TABLES_BY_KIND[subj.kind]}
        return SubjectData(subj.id, subj.kind, values, history)


def find(store: Store, query: str = "", kind: str | None = None, limit: int = 200) -> list[SubjectRow]:
    with store.read() as s:
        return search(s, query, kind, limit)


def _touch_dossiers(s: Session, subject_id: int) -> frozenset[int]:
    ids = frozenset(s.scalars(select(DossierNominee.dossier_id).where(DossierNominee.subject_id == subject_id)))
    for d in s.scalars(select(Dossier).where(Dossier.id.in_(ids))):
        refresh_summary(s, d)
    return ids


def _rename(subj: Subject, name: str) -> None:
    subj.display_name = name
    subj.search_key = fold(name)
    subj.sort_key = name_sort_string(name) if subj.kind in ("individual", "household") else text_sort_string(name)


def create_subject(s: Session, kind: str, name: str) -> Subject:
    """A new registry subject inside the caller's transaction (audited)."""
    name = clean(name)
    if not name:
        raise ValueError(f"Hãy nhập «{NAME_LABELS[kind]}»")
    subj = new_subject(kind)
    _rename(subj, name)
    s.add(subj)
    s.flush()
    audit.record(s, "subject.create", "subject", subj.id, None, {"kind": kind, "name": name})
    return subj


def add_subject(store: Store, kind: str, name: str) -> tuple[int, Changes]:
    with store.write() as s:
        subj = create_subject(s, kind, name)
        return subj.id, Changes(subjects=frozenset({subj.id}))


def set_subject_field(store: Store, subject_id: int, key: str, raw: Any) -> Changes:
    with store.write() as s:
        subj = _read(s, subject_id)
        f = _field(subj.kind, key)
        value = parse_value(f, raw)
        if key == "display_name":
            if not value:
                raise ValueError(f"«{f.label}» không được để trống")
            _rename(subj, value)
        elif key == "national_id" and not isinstance(subj, Person):
            raise KeyError(key)
        else:
            setattr(subj, key, value)
        audit.record(s, "subject.set", "subject", subj.id, None,
                     {"field": key, "value": value.isoformat() if isinstance(value, date) else value})
        touched = _touch_dossiers(s, subject_id)
    return Changes(dossiers=touched, subjects=frozenset({subject_id}))


def parse_history(table: str, rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Typed rows; a ValueError names the row (1-based) and the column."""
    out = []
    for i, row in enumerate(rows, 1):
        parsed: dict[str, Any] = {}
        for f in HISTORY_COLUMNS[table]:
            try:
                parsed[f.key] = parse_value(f, row.get(f.key))
            except ValueError as exc:
                raise ValueError(f"{HISTORY_LABELS[table]}, dòng {i}, cột «{f.label}»: {exc}") from None
            if f.required and parsed[f.key] in (None, ""):
                raise ValueError(f"{HISTORY_LABELS[table]}, dòng {i}: chưa nhập «{f.label}»")
        out.append(parsed)
    return out


def set_history(store: Store, subject_id: int, table: str, rows: Sequence[Mapping[str, Any]]) -> Changes:
    """Replace one history table of a subject with `rows` (in that order)."""
    parsed = parse_history(table, rows)
    model = HISTORY_TABLES[table]
    with store.write() as s:
        subj = _read(s, subject_id)
        if table not in TABLES_BY_KIND[subj.kind]:
            raise KeyError(table)
        setattr(subj, table, [model(position=i, **r) for i, r in enumerate(parsed)])
        audit.record(s, "subject.history", "subject", subj.id, None, {"table": table, "rows": len(parsed)})
        touched = _touch_dossiers(s, subject_id)
    return Changes(dossiers=touched, subjects=frozenset({subject_id}))
