"""Excel: the import template, importing a list of people with their history, and exporting lists.

Import is all or nothing per row and atomic as a whole: every row is checked first; the good rows (a person and
all of their history rows) are written in one transaction; a bad row is reported with its sheet, row, column and
what is wrong, and is also highlighted in a copy of the file. The copy is written before the transaction commits; a
copy that cannot be written is a warning beside the result, never an error after the commit. A cancelled import
writes nothing. The file is read in openpyxl's read-only (streaming) mode and people are written in batches.
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from sqlalchemy import insert, select
from sqlalchemy.orm import selectinload

from desktop.awards.catalogue import _all_awards, award_name
from desktop.models import Honour, Initiative, Person, Rating
from desktop.services import audit
from desktop.services.dossiers import DossierRow
from desktop.services.registry_edit import _rename
from desktop.services.tasks import Reporter, silent
from desktop.snapshot import MAX_NAME, MAX_TEXT, MAX_TITLE, RATING_LABELS, SCOPE_LABELS
from desktop.store.database import Store
from desktop.vn import cccd
from desktop.vn.collation import name_sort_string
from desktop.vn.dates import DateError, parse_vn, short_date
from desktop.vn.text import clean, fold

PEOPLE, HONOURS, INITIATIVES, LISTS, ERRORS = "Cá nhân", "Khen thưởng", "Sáng kiến", "Danh mục", "Lỗi nhập"
FIRST_YEAR, YEARS = 2021, 5  # rating columns: the last five years before the template's year
GENDER_LABELS = {"Nam": "nam", "Nữ": "nu"}
BAD = PatternFill("solid", start_color="FFC7CE", end_color="FFC7CE")
HEAD = PatternFill("solid", start_color="DDEBF7", end_color="DDEBF7")
MAX_ROWS = 20_000  # filled rows per sheet; a list of a commune's or a district's staff is far smaller
BATCH = 100  # people looked up and inserted together (and how often progress is reported)


def _rating_years(today: date | None = None) -> list[int]:
    year = (today or date.today()).year
    return list(range(year - YEARS, year))


# Column key, header, required, width
def people_columns(years: Sequence[int]) -> list[tuple[str, str, bool, int]]:
    cols = [("full_name", "Họ và tên", True, 28), ("birth_date", "Ngày sinh (dd/mm/yyyy)", True, 14),
            ("gender", "Giới tính", True, 9), ("national_id", "Số CCCD", True, 15), ("ethnicity", "Dân tộc", False, 9),
            ("position", "Chức vụ", False, 18), ("workplace", "Đơn vị công tác", False, 28),
            ("hometown", "Quê quán", False, 20), ("residence", "Nơi thường trú", False, 24),
            ("education", "Trình độ chuyên môn", False, 14), ("hired_on", "Ngày tuyển dụng", False, 14)]
    cols += [(f"rating:{y}", f"Xếp loại {y}", False, 26) for y in years]
    return cols


HONOUR_COLUMNS = [("national_id", "Số CCCD", True, 15), ("year", "Năm", True, 7),
                  ("award", "Danh hiệu, hình thức", True, 36), ("decision", "Số quyết định", False, 16),
                  ("decision_date", "Ngày quyết định", False, 14), ("issuer", "Cấp quyết định", False, 30)]
INITIATIVE_COLUMNS = [("national_id", "Số CCCD", True, 15), ("year", "Năm công nhận", True, 8),
                      ("title", "Tên sáng kiến, đề tài", True, 44), ("scope", "Phạm vi", True, 11),
                      ("recognized_by", "Cơ quan công nhận", False, 26), ("decision", "Số quyết định", False, 16),
                      ("decision_date", "Ngày quyết định", False, 14)]


def _award_labels() -> dict[str, str]:
    """Award name -> code, for the drop-down; a name two codes share keeps its code in brackets."""
    names: dict[str, list[str]] = defaultdict(list)
    for code, a in _all_awards().items():
        names[a.name].append(code)
    out: dict[str, str] = {}
    for name, codes in names.items():
        for code in codes:
            out[name if len(codes) == 1 else f"{name} ({code})"] = code
    return out


def _header(ws: Any, cols: Sequence[tuple[str, str, bool, int]]) -> None:
    for i, (_key, label, required, width) in enumerate(cols, 1):
        cell = ws.cell(row=1, column=i, value=label + (" *" if required else ""))
        cell.font = Font(bold=True)
        cell.fill = HEAD
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "A2"


def _list_range(lists: Any, column: int, values: Sequence[str]) -> str:
    for r, v in enumerate(values, 1):
        lists.cell(row=r, column=column, value=v)
    letter = get_column_letter(column)
    return f"'{LISTS}'!${letter}$1:${letter}${len(values)}"


def _dropdown(ws: Any, formula: str, col: int, prompt: str) -> None:
    dv = DataValidation(type="list", formula1=formula, allow_blank=True, showErrorMessage=True,
                        errorTitle="Giá trị không có trong danh sách", error=prompt)
    letter = get_column_letter(col)
    dv.add(f"{letter}2:{letter}2000")
    ws.add_data_validation(dv)


def write_template(path: Path, today: date | None = None) -> Path:
    """The import template: three sheets with headers, text-formatted CCCD, and drop-down lists."""
    years = _rating_years(today)
    wb = Workbook()
    people = wb.active
    people.title = PEOPLE
    honours, initiatives, lists = wb.create_sheet(HONOURS), wb.create_sheet(INITIATIVES), wb.create_sheet(LISTS)
    lists.sheet_state = "hidden"
    pcols = people_columns(years)
    for ws, cols in ((people, pcols), (honours, HONOUR_COLUMNS), (initiatives, INITIATIVE_COLUMNS)):
        _header(ws, cols)
        for r in range(2, 2001):  # CCCD as text, so leading zeros stay
            ws.cell(row=r, column=[k for k, *_ in cols].index("national_id") + 1).number_format = "@"
    genders = _list_range(lists, 1, list(GENDER_LABELS))
    ratings = _list_range(lists, 2, list(RATING_LABELS.values()))
    awards = _list_range(lists, 3, sorted(_award_labels()))
    scopes = _list_range(lists, 4, list(SCOPE_LABELS.values()))
    keys = [k for k, *_ in pcols]
    _dropdown(people, genders, keys.index("gender") + 1, "Chọn Nam hoặc Nữ")
    for y in years:
        _dropdown(people, ratings, keys.index(f"rating:{y}") + 1, "Chọn một mức xếp loại trong danh sách")
    _dropdown(honours, awards, 3, "Chọn danh hiệu, hình thức trong danh sách")
    _dropdown(initiatives, scopes, 4, "Chọn Cơ sở, Cấp tỉnh hoặc Toàn quốc")
    people.cell(row=2, column=1).comment = Comment(
        "Mỗi dòng một người. Cột có dấu * là bắt buộc. Số CCCD 12 chữ số dùng để nối với các trang "
        "Khen thưởng và Sáng kiến.", "HSKT")
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


# ------------------------------------------------------------------------------------------------ import


@dataclass(frozen=True)
class RowError:
    sheet: str
    row: int
    column: str  # letter, "" for the whole row
    header: str
    message: str

    def __str__(self) -> str:
        where = f"{self.sheet}, dòng {self.row}" + (f", cột {self.column} ({self.header})" if self.column else "")
        return f"{where}: {self.message}"


@dataclass
class ImportResult:
    imported: int = 0  # people rows written (new or updated)
    created: int = 0
    updated: int = 0
    history_rows: int = 0
    rejected_rows: dict[tuple[str, int], list[RowError]] = field(default_factory=dict)
    report_path: Path | None = None
    subject_ids: set[int] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)  # e.g. the error copy could not be written; rows were

    @property
    def errors(self) -> list[RowError]:
        return [e for errs in self.rejected_rows.values() for e in errs]

    @property
    def rejected(self) -> int:
        return len(self.rejected_rows)


@dataclass
class _Person:
    row: int
    values: dict[str, Any]
    ratings: dict[int, str]
    honours: list[dict[str, Any]] = field(default_factory=list)
    initiatives: list[dict[str, Any]] = field(default_factory=list)


def _text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return clean(str(v))


def _date(v: Any) -> date | None:
    if v is None or v == "":
        return None
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    return parse_vn(_text(v))


def _national_id(v: Any) -> str:
    if isinstance(v, int | float) and not isinstance(v, bool):
        return f"{int(v):012d}"  # Excel dropped the leading zero of a number typed into a General cell
    return _text(v).replace(" ", "").replace(".", "")


class _Sheet:
    """Reads one sheet by header text, so columns may be moved; collects errors per row."""

    def __init__(self, ws: Any, cols: Sequence[tuple[str, str, bool, int]], result: ImportResult):
        self.ws, self.result = ws, result
        heads = [_text(v).rstrip(" *") for v in _header_values(ws)]
        self.where: dict[str, tuple[int, str]] = {}
        for key, label, _req, _w in cols:
            if label in heads:
                self.where[key] = (heads.index(label), label)
        self.cols = cols
        self.missing = [label for key, label, req, _w in cols if req and key not in self.where]

    def rows(self) -> Iterable[tuple[int, dict[str, Any]]]:
        filled = 0
        for r, values in enumerate(self.ws.iter_rows(min_row=2, values_only=True), 2):
            if all(v is None or (isinstance(v, str) and not v.strip()) for v in values):
                continue
            filled += 1
            if filled > MAX_ROWS:
                raise ValueError(f"trang «{self.ws.title}» có hơn {MAX_ROWS} dòng dữ liệu (dòng {r}); "
                                 "hãy chia danh sách thành nhiều tệp")
            yield r, {k: (values[i] if i < len(values) else None) for k, (i, _l) in self.where.items()}

    def error(self, row: int, key: str | None, message: str) -> None:
        col, header = ("", "")
        if key is not None and key in self.where:
            i, header = self.where[key]
            col = get_column_letter(i + 1)
        self.result.rejected_rows.setdefault((self.ws.title, row), []).append(
            RowError(self.ws.title, row, col, header, message))


def _header_values(ws: Any) -> tuple[Any, ...]:
    for values in ws.iter_rows(min_row=1, max_row=1, values_only=True):
        return tuple(values)
    return ()


def _too_long(sheet: _Sheet, r: int, key: str, text: str, limit: int) -> bool:
    if len(text) > limit:
        sheet.error(r, key, f"dài {len(text)} ký tự, vượt giới hạn {limit} ký tự")
        return True
    return False


def _read_people(sheet: _Sheet, years_labels: dict[str, str]) -> dict[str, _Person]:
    people: dict[str, _Person] = {}
    ratings_by_label = {v: k for k, v in RATING_LABELS.items()} | {k: k for k in RATING_LABELS}
    for r, raw in sheet.rows():
        before = sheet.result.rejected
        values: dict[str, Any] = {}
        name = _text(raw.get("full_name"))
        if not name:
            sheet.error(r, "full_name", "thiếu họ và tên")
        _too_long(sheet, r, "full_name", name, MAX_NAME)
        values["display_name"] = name
        for key in ("birth_date", "hired_on"):
            try:
                values[key] = _date(raw.get(key))
            except DateError as exc:
                values[key] = None
                sheet.error(r, key, str(exc))
                continue
            if key == "birth_date" and values[key] is None:
                sheet.error(r, key, "thiếu ngày sinh")
        gender = GENDER_LABELS.get(_text(raw.get("gender")).capitalize())
        if gender is None:
            sheet.error(r, "gender", f"giới tính «{_text(raw.get('gender'))}» không hợp lệ; chọn Nam hoặc Nữ")
        values["gender"] = gender
        number = _national_id(raw.get("national_id"))
        if not number:
            sheet.error(r, "national_id", "thiếu số CCCD")
        else:
            wrong = cccd.problems(number, values.get("birth_date"), gender)
            if wrong:
                sheet.error(r, "national_id", "; ".join(wrong))
            elif number in people:
                sheet.error(r, "national_id", f"số CCCD {number} trùng với dòng {people[number].row}")
        values["national_id"] = number
        for key in ("ethnicity", "position", "workplace", "hometown", "residence", "education"):
            values[key] = _text(raw.get(key)) or None
            _too_long(sheet, r, key, values[key] or "", MAX_TEXT)
        ratings: dict[int, str] = {}
        for key, label in years_labels.items():
            text = _text(raw.get(key))
            if text:
                code = ratings_by_label.get(text)
                if code is None:
                    sheet.error(r, key, f"xếp loại «{text}» không có trong danh sách ({label})")
                else:
                    ratings[int(key.split(":")[1])] = code
        if sheet.result.rejected == before and number:
            people[number] = _Person(r, values, ratings)
    return people


def _read_history(sheet: _Sheet, people: dict[str, _Person], known: set[str], kind: str) -> None:
    awards = _award_labels() | {code: code for code in _all_awards()}
    scopes = {v: k for k, v in SCOPE_LABELS.items()} | {k: k for k in SCOPE_LABELS}
    for r, raw in sheet.rows():
        before = sheet.result.rejected
        number = _national_id(raw.get("national_id"))
        if number not in people and number not in known:
            sheet.error(r, "national_id", f"số CCCD «{number}» không có ở trang {PEOPLE} (hoặc dòng đó có lỗi) "
                                          "và chưa có trong sổ")
        year_text = _text(raw.get("year"))
        if not year_text.isdigit() or not 1945 <= int(year_text) <= 2100:
            sheet.error(r, "year", f"năm «{year_text}» không hợp lệ")
        row: dict[str, Any] = {"year": int(year_text) if year_text.isdigit() else 0}
        try:
            row["decision_date"] = _date(raw.get("decision_date"))
        except DateError as exc:
            sheet.error(r, "decision_date", str(exc))
        row["decision"] = _text(raw.get("decision")) or None
        if kind == "honour":
            label = _text(raw.get("award"))
            row["award"] = awards.get(label)
            if row["award"] is None:
                sheet.error(r, "award", f"«{label}» không có trong danh mục danh hiệu, hình thức")
            row["issuer"] = _text(raw.get("issuer")) or None
        else:
            row["title"] = _text(raw.get("title"))
            if not row["title"]:
                sheet.error(r, "title", "thiếu tên sáng kiến")
            _too_long(sheet, r, "title", row["title"], MAX_TITLE)
            row["scope"] = scopes.get(_text(raw.get("scope")))
            if row["scope"] is None:
                sheet.error(r, "scope", f"phạm vi «{_text(raw.get('scope'))}» không hợp lệ")
            row["recognized_by"] = _text(raw.get("recognized_by")) or None
        if sheet.result.rejected == before:
            target = people.get(number)
            bucket = (target.honours if kind == "honour" else target.initiatives) if target else None
            if bucket is not None:
                bucket.append(row)
            else:
                people.setdefault(f"history:{number}", _Person(r, {"national_id": number}, {})).__dict__[
                    "honours" if kind == "honour" else "initiatives"].append(row)


def import_people(store: Store, path: Path, report_path: Path | None = None,
                  reporter: Reporter | None = None) -> ImportResult:
    reporter = reporter or silent()
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        raise ValueError(f"không đọc được tệp Excel {path.name}: {exc}") from None
    try:
        result, todo = _check_workbook(store, wb, path, reporter)
    finally:
        wb.close()
    reporter.check()
    pending = None
    if report_path is not None and result.rejected:
        pending = _prepare_error_copy(path, report_path, result)
    try:
        with store.write() as s:
            _write_people(s, todo, result, reporter)
            audit.record(s, "registry.import-xlsx", "subject", None, None,
                         {"file": path.name, "imported": result.imported, "rejected": result.rejected})
    except BaseException:
        if pending is not None:
            pending.unlink(missing_ok=True)
        raise
    if pending is not None and report_path is not None:
        try:
            os.replace(pending, report_path)
            result.report_path = report_path
        except OSError as exc:
            pending.unlink(missing_ok=True)
            result.warnings.append(f"không ghi được bản sao tô đỏ {report_path} ({exc.strerror or exc}; có thể tệp "
                                   "đang mở trong Excel); các dòng hợp lệ đã được nhập")
    reporter.progress(len(todo), len(todo), "Xong")
    return result


def _check_workbook(store: Store, wb: Any, path: Path, reporter: Reporter) -> tuple[ImportResult, list[_Person]]:
    """Every row of every sheet checked, nothing written: the good people with their history, and the errors."""
    result = ImportResult()
    if PEOPLE not in wb.sheetnames:
        raise ValueError(f"tệp {path.name} không có trang «{PEOPLE}»; hãy dùng mẫu tải từ HSKT")
    heads = [v.strip() for v in _header_values(wb[PEOPLE]) if isinstance(v, str)]
    years = sorted({int(h.split()[-1].rstrip(" *")) for h in heads
                    if h.startswith("Xếp loại ") and h.split()[-1].rstrip(" *").isdigit()} | set(_rating_years()))
    pcols = people_columns(years)
    sheet = _Sheet(wb[PEOPLE], pcols, result)
    if sheet.missing:
        raise ValueError(f"trang «{PEOPLE}» thiếu cột: {', '.join(sheet.missing)}")
    reporter.progress(0, 100, "Đang kiểm tra từng dòng")
    people = _read_people(sheet, {k: label for k, label, *_ in pcols if k.startswith("rating:")})
    with store.read() as s:
        known = {n for n in s.scalars(select(Person.national_id)) if n}
    for name, cols, kind in ((HONOURS, HONOUR_COLUMNS, "honour"), (INITIATIVES, INITIATIVE_COLUMNS, "initiative")):
        if name in wb.sheetnames:
            hs = _Sheet(wb[name], cols, result)
            if hs.missing:
                raise ValueError(f"trang «{name}» thiếu cột: {', '.join(hs.missing)}")
            _read_history(hs, people, known, kind)
    return result, list(people.values())


def _prepare_error_copy(source: Path, target: Path, result: ImportResult) -> Path | None:
    """The red-marked copy, written beside its target before the import commits; a failure is a warning."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        name = str(target.with_name(f".{target.stem}-{secrets.token_hex(4)}.xlsx"))
        open(name, "xb").close()  # the clerk's usual permissions (mkstemp's would be owner-only)
    except OSError as exc:
        result.warnings.append(f"không ghi được bản sao tô đỏ vào {target.parent} ({exc.strerror or exc}); "
                               "các dòng hợp lệ đã được nhập")
        return None
    try:
        write_error_copy(source, Path(name), result.errors)
    except Exception as exc:  # a workbook openpyxl cannot rewrite must not undo the clerk's good rows
        Path(name).unlink(missing_ok=True)
        result.warnings.append(f"không ghi được bản sao tô đỏ {target} ({exc}); các dòng hợp lệ đã được nhập")
        return None
    return Path(name)


def _write_people(s: Any, todo: list[_Person], result: ImportResult, reporter: Reporter) -> None:
    """Look people up in batches; people new to the registry go in with one multi-row INSERT per table and batch,
    people already there are updated through the ORM (their history is merged row by row)."""
    for start in range(0, len(todo), BATCH):
        batch = todo[start:start + BATCH]
        reporter.check()  # raises inside the transaction: everything rolls back
        reporter.progress(start, len(todo), f"Đang ghi {start}/{len(todo)} người")
        numbers = {p.values["national_id"] for p in batch}
        existing: dict[str, Person] = {}
        for person in s.scalars(select(Person).where(Person.national_id.in_(numbers)).order_by(Person.id).options(
                selectinload(Person.ratings), selectinload(Person.honours), selectinload(Person.initiatives))):
            existing.setdefault(person.national_id, person)
        fresh = [p for p in batch if p.values["national_id"] not in existing and "display_name" in p.values]
        _insert_new_people(s, fresh, result)
        for i, p in enumerate(batch, start):
            if p.values["national_id"] in existing:
                if i % 50 == 0:
                    reporter.check()
                person = _write_person(s, p, result, existing)
                if person is not None:
                    s.flush()
                    result.subject_ids.add(person.id)
        reporter.check()


def _insert_new_people(s: Any, fresh: list[_Person], result: ImportResult) -> None:
    if not fresh:
        return
    rows = []
    for p in fresh:
        name = p.values["display_name"]
        row = {k: v for k, v in p.values.items() if k != "display_name"}
        row.update(kind="individual", display_name=name, search_key=fold(name), sort_key=name_sort_string(name),
                   pending_review=False, extra={})
        rows.append(row)
    ids = list(s.scalars(insert(Person).returning(Person.id, sort_by_parameter_order=True), rows))
    ratings, honours, initiatives = [], [], []
    for subject_id, p in zip(ids, fresh, strict=True):
        ratings += [{"subject_id": subject_id, "position": i, "year": y, "rating": r, "extra": {}}
                    for i, (y, r) in enumerate(sorted(p.ratings.items()))]
        honours += [{"subject_id": subject_id, "position": i, "extra": {}, **h} for i, h in enumerate(p.honours)]
        initiatives += [{"subject_id": subject_id, "position": i, "extra": {}, **x}
                        for i, x in enumerate(p.initiatives)]
        result.history_rows += len(p.ratings) + len(p.honours) + len(p.initiatives)
    for model, values in ((Rating, ratings), (Honour, honours), (Initiative, initiatives)):
        if values:
            s.execute(insert(model), values)
    result.created += len(fresh)
    result.imported += len(fresh)
    result.subject_ids.update(ids)


def _write_person(s: Any, p: _Person, result: ImportResult, existing: dict[str, Person]) -> Person | None:
    number = p.values["national_id"]
    person = existing.get(number)
    history_only = "display_name" not in p.values
    if person is None:
        if history_only:
            return None
        person = Person(extra={}, ratings=[], honours=[], initiatives=[])
        s.add(person)
        existing[number] = person
        result.created += 1
    elif not history_only:
        result.updated += 1
    if not history_only:
        _rename(person, p.values["display_name"])
        for key, value in p.values.items():
            if key != "display_name" and value is not None:
                setattr(person, key, value)
        result.imported += 1
    by_year = {r.year: r for r in person.ratings}
    for year, rating in sorted(p.ratings.items()):
        if year in by_year:
            by_year[year].rating = rating
        else:
            person.ratings.append(Rating(position=len(person.ratings), year=year, rating=rating, extra={}))
        result.history_rows += 1
    have_h = {(h.year, h.award) for h in person.honours}
    for h in p.honours:
        if (h["year"], h["award"]) not in have_h:
            person.honours.append(Honour(position=len(person.honours), extra={}, **h))
            result.history_rows += 1
    have_i = {(x.year, x.title) for x in person.initiatives}
    for x in p.initiatives:
        if (x["year"], x["title"]) not in have_i:
            person.initiatives.append(Initiative(position=len(person.initiatives), extra={}, **x))
            result.history_rows += 1
    return person


def _unmerged(cells: list[Any], ws: Any) -> list[Any]:
    """A cell inside a merged range cannot take a fill or a comment: mark the range's top-left cell instead."""
    out: list[Any] = []
    for cell in cells:
        if isinstance(cell, MergedCell):
            for rng in ws.merged_cells.ranges:
                if cell.coordinate in rng:
                    cell = ws.cell(row=rng.min_row, column=rng.min_col)
                    break
        if not isinstance(cell, MergedCell) and all(cell is not c for c in out):
            out.append(cell)
    return out or [ws.cell(row=cells[0].row, column=1)]


def write_error_copy(source: Path, target: Path, errors: Sequence[RowError]) -> Path:
    """A copy of the clerk's file with every bad cell (or row) filled red and commented, and a sheet of errors."""
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    wb = load_workbook(target)
    by_cell: dict[tuple[str, int, str], list[str]] = defaultdict(list)
    for e in errors:
        by_cell[(e.sheet, e.row, e.column)].append(e.message)
    for (sheet, row, column), messages in by_cell.items():
        ws = wb[sheet]
        cells = _unmerged([ws[f"{column}{row}"]] if column else list(ws[row]), ws)
        for cell in cells:
            cell.fill = BAD
        cells[0].comment = Comment("\n".join(messages), "HSKT")
    if ERRORS in wb.sheetnames:
        del wb[ERRORS]
    ws = wb.create_sheet(ERRORS, 0)
    _header(ws, [("sheet", "Trang", True, 12), ("row", "Dòng", True, 7), ("col", "Cột", True, 6),
                 ("head", "Tên cột", True, 24), ("msg", "Lỗi và cách sửa", True, 90)])
    for e in errors:
        ws.append([e.sheet, e.row, e.column, e.header, e.message])
    wb.save(target)
    return target


# ------------------------------------------------------------------------------------------------ export


def export_dossier_list(rows: Sequence[DossierRow], path: Path, status_labels: dict[str, str]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Hồ sơ"
    _header(ws, [("id", "Số", True, 7), ("title", "Tên hồ sơ", True, 50), ("campaign", "Đợt xét", True, 36),
                 ("year", "Năm", True, 7), ("lead", "Đối tượng đầu danh sách", True, 26),
                 ("count", "Số đối tượng", True, 10), ("status", "Trạng thái", True, 14),
                 ("updated", "Cập nhật", True, 18)])
    for r in rows:
        ws.append([r.id, r.title, r.campaign, r.year, r.lead_name, r.nominee_count,
                   status_labels.get(r.status, r.status), r.updated_at.strftime("%d/%m/%Y %H:%M")])
    wb.save(path)
    return path


def export_nominees(store: Store, dossier_id: int, path: Path) -> Path:
    """The nominee list of one dossier with each proposal's verdict, as the clerk checks it before printing."""
    from desktop.awards.results import VERDICT_LABELS
    from desktop.services.editing import state

    st = state(store, dossier_id)
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    _header(ws, [("stt", "STT", True, 5), ("name", "Họ và tên / Tên tập thể", True, 30),
                 ("birth", "Ngày sinh", True, 12), ("id", "Số CCCD", True, 15), ("pos", "Chức vụ, đơn vị", True, 40),
                 ("award", "Hình thức đề nghị", True, 32), ("year", "Năm", True, 7),
                 ("verdict", "Kết quả kiểm tra", True, 16)])
    for i, (p, res) in enumerate(zip(st.proposals, st.report.proposals, strict=False), 1):
        n = st.snapshot.nominee(p.nominee_ref)
        assert n is not None
        where = ", ".join(x for x in (n.position, n.workplace) if x) or (n.address or "")
        ws.append([i, n.display_name, short_date(n.birth_date), n.national_id or "", where, award_name(p.award),
                   p.year, VERDICT_LABELS.get(res.verdict, res.verdict)])
        ws.cell(row=i + 1, column=4).number_format = "@"
    wb.save(path)
    return path
