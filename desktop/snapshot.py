"""Frozen snapshot of one dossier: the shared language of awards, documents and packaging.

`dossier_from_json` reads `hskt-dossier/1` (spec/DOSSIER-JSON.md) strictly and names the path of every problem;
`dossier_to_json` and `canonical_bytes` write it back. Unknown keys are kept in `extra` so that a round trip through
HSKT never drops what another program wrote.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from desktop.vn import cccd
from desktop.vn.dates import DateError, parse_iso
from desktop.vn.text import clean, clean_multiline, nfc, visible

SCHEMA = "hskt-dossier/1"

RATINGS = ("hoan-thanh-xuat-sac", "hoan-thanh-tot", "hoan-thanh", "khong-hoan-thanh")  # best first
RATING_LABELS = {
    "hoan-thanh-xuat-sac": "Hoàn thành xuất sắc nhiệm vụ",
    "hoan-thanh-tot": "Hoàn thành tốt nhiệm vụ",
    "hoan-thanh": "Hoàn thành nhiệm vụ",
    "khong-hoan-thanh": "Không hoàn thành nhiệm vụ",
}
SCOPES = ("co-so", "tinh", "toan-quoc")
SCOPE_LABELS = {"co-so": "Cơ sở", "tinh": "Cấp tỉnh", "toan-quoc": "Toàn quốc"}
DISCIPLINE_LEVELS = ("khien-trach", "canh-cao", "ha-bac-luong", "giang-chuc", "cach-chuc", "buoc-thoi-viec")
DISCIPLINE_LABELS = {
    "khien-trach": "Khiển trách",
    "canh-cao": "Cảnh cáo",
    "ha-bac-luong": "Hạ bậc lương",
    "giang-chuc": "Giáng chức",
    "cach-chuc": "Cách chức",
    "buoc-thoi-viec": "Buộc thôi việc",
}
KINDS = ("individual", "collective", "household")
UNIT_LEVELS = ("xa", "huyen", "tinh", "co-quan")
GENDERS = ("nam", "nu")
COMPONENTS = (
    "to-trinh",
    "danh-sach",
    "bao-cao-thanh-tich",
    "tom-tat-thanh-tich",
    "bien-ban-hop",
    "ket-qua-bo-phieu",
    "chung-nhan-sang-kien",
    "y-kien-co-quan",
    "khac",
)

Extra = Mapping[str, Any]

# Input limits (docs/limits.md): far above any real dossier, low enough that a hostile or broken file is refused
# in well under a second instead of taking minutes or memory.
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_DEPTH = 32  # objects and lists nested inside each other
MAX_NAME = 300  # a person's, a collective's or a unit's name
MAX_TEXT = 500  # position, workplace, addresses, issuers
MAX_CODE = 100  # ids, decision numbers, ethnicity, ruleset and unit codes
MAX_TITLE = 1_000  # an initiative's title
MAX_NARRATIVE = 50_000  # any other string (form narratives, letter bodies, unknown keys)
MAX_NOMINEES, MAX_PROPOSALS, MAX_DOCUMENTS = 10_000, 20_000, 5_000
MAX_HISTORY = 500  # ratings, honours, initiatives, disciplines, member_stats of one nominee
MAX_LIST = 100_000  # any other list
MAX_INT = 2**53  # integers beyond this do not survive other JSON readers
MAX_FILE_NAME = 255  # bytes of UTF-8 in one part of documents[].file
MAX_FILE_PATH = 1_000  # characters of documents[].file
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # ASCII digits only: the spec's YYYY-MM-DD exactly


@dataclass(frozen=True)
class Rating:
    year: int
    rating: str
    extra: Extra = field(default_factory=dict, compare=True)


@dataclass(frozen=True)
class Honour:
    year: int
    award: str
    decision: str | None = None
    decision_date: date | None = None
    issuer: str | None = None
    extra: Extra = field(default_factory=dict)


@dataclass(frozen=True)
class Initiative:
    year: int
    title: str
    scope: str
    recognized_by: str | None = None
    decision: str | None = None
    decision_date: date | None = None
    extra: Extra = field(default_factory=dict)


@dataclass(frozen=True)
class Discipline:
    year: int
    level: str
    until: date | None = None
    extra: Extra = field(default_factory=dict)


@dataclass(frozen=True)
class MemberStats:
    year: int
    total: int
    completed_tasks: int
    lao_dong_tien_tien: int
    cstd_co_so: int
    disciplined_canh_cao_or_above: int
    extra: Extra = field(default_factory=dict)


@dataclass(frozen=True)
class Nominee:
    """An individual, a collective or a household; fields that do not apply to the kind stay empty."""

    id: str
    kind: str
    full_name: str | None = None  # individual
    name: str | None = None  # collective
    head_name: str | None = None  # household
    birth_date: date | None = None
    gender: str | None = None
    national_id: str | None = None
    ethnicity: str | None = None
    position: str | None = None
    workplace: str | None = None
    hometown: str | None = None
    residence: str | None = None
    education: str | None = None
    direct_worker: bool | None = None
    hired_on: date | None = None
    address: str | None = None
    ratings: tuple[Rating, ...] = ()
    honours: tuple[Honour, ...] = ()
    initiatives: tuple[Initiative, ...] = ()
    disciplines: tuple[Discipline, ...] = ()
    member_stats: tuple[MemberStats, ...] = ()
    pending_review: bool = False
    extra: Extra = field(default_factory=dict)

    @property
    def display_name(self) -> str:
        return self.full_name or self.name or self.head_name or self.id

    def rating_in(self, year: int) -> str | None:
        for r in self.ratings:
            if r.year == year:
                return r.rating
        return None


@dataclass(frozen=True)
class Proposal:
    nominee_id: str
    award: str
    year: int
    extra: Extra = field(default_factory=dict)


@dataclass(frozen=True)
class DocumentRef:
    component: str
    file: str
    nominee_id: str | None = None
    sha256: str | None = None
    extra: Extra = field(default_factory=dict)


@dataclass(frozen=True)
class Unit:
    name: str
    level: str
    code: str | None = None
    province: str | None = None
    parent: str | None = None
    extra: Extra = field(default_factory=dict)


@dataclass(frozen=True)
class Campaign:
    name: str
    year: int
    deadline: date | None = None
    extra: Extra = field(default_factory=dict)


@dataclass(frozen=True)
class Dossier:
    unit: Unit
    nominees: tuple[Nominee, ...]
    proposals: tuple[Proposal, ...]
    documents: tuple[DocumentRef, ...] = ()
    campaign: Campaign | None = None
    ruleset: str | None = None
    as_of: date | None = None
    extra: Extra = field(default_factory=dict)  # producer, aggregated_from, supersedes and unknown keys

    def nominee(self, nominee_id: str) -> Nominee | None:
        for n in self.nominees:
            if n.id == nominee_id:
                return n
        return None

    @property
    def year(self) -> int | None:
        return self.campaign.year if self.campaign else None

    def with_extra(self, **values: Any) -> Dossier:
        merged = dict(self.extra)
        merged.update(values)
        return replace(self, extra=merged)


# --------------------------------------------------------------------------------------------------- errors


@dataclass(frozen=True)
class Problem:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class SchemaError(ValueError):
    """The document is not a valid hskt-dossier/1; `problems` names every path that is wrong."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        first = str(self.problems[0]) if self.problems else "tài liệu không hợp lệ"
        more = f" (và {len(self.problems) - 1} lỗi khác)" if len(self.problems) > 1 else ""
        super().__init__(first + more)


# --------------------------------------------------------------------------------------------------- reading


class _Reader:
    """Walks the JSON tree collecting every problem rather than stopping at the first."""

    def __init__(self, known_awards: Collection[str] | None):
        self.known_awards = known_awards
        self.problems: list[Problem] = []

    def err(self, path: str, message: str) -> None:
        self.problems.append(Problem(path, message))

    def obj(self, value: Any, path: str) -> Mapping[str, Any] | None:
        if not isinstance(value, Mapping):
            self.err(path, f"cần một đối tượng JSON, gặp {_type_name(value)}")
            return None
        return value

    def req(self, o: Mapping[str, Any], key: str, path: str) -> Any:
        if key not in o or o[key] is None:
            self.err(_join(path, key), "thiếu trường bắt buộc")
            return None
        return o[key]

    def string(self, o: Mapping[str, Any], key: str, path: str, required: bool = False,
               multiline: bool = False, limit: int = MAX_CODE) -> str | None:
        value = self.req(o, key, path) if required else o.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.err(_join(path, key), f"cần chuỗi ký tự, gặp {_type_name(value)}")
            return None
        if len(value) > limit:
            self.err(_join(path, key), f"dài {len(value)} ký tự, vượt giới hạn {limit} ký tự")
            return None
        text = clean_multiline(value) if multiline else clean(value)
        if required and not text:
            self.err(_join(path, key), "không được để trống")
            return None
        return text or None

    def integer(self, o: Mapping[str, Any], key: str, path: str, required: bool = False,
                lo: int | None = None, hi: int | None = None) -> int | None:
        value = self.req(o, key, path) if required else o.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.err(_join(path, key), f"cần số nguyên, gặp {_type_name(value)}")
            return None
        if (lo is not None and value < lo) or (hi is not None and value > hi):
            self.err(_join(path, key), f"giá trị {value} nằm ngoài khoảng {lo}–{hi}")
            return None
        return value

    def year(self, o: Mapping[str, Any], key: str, path: str, required: bool = True) -> int | None:
        return self.integer(o, key, path, required=required, lo=1900, hi=2200)

    def boolean(self, o: Mapping[str, Any], key: str, path: str) -> bool | None:
        value = o.get(key)
        if value is None:
            return None
        if not isinstance(value, bool):
            self.err(_join(path, key), f"cần true hoặc false, gặp {_type_name(value)}")
            return None
        return value

    def day(self, o: Mapping[str, Any], key: str, path: str, required: bool = False) -> date | None:
        value = self.req(o, key, path) if required else o.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.err(_join(path, key), f"cần ngày dạng YYYY-MM-DD, gặp {_type_name(value)}")
            return None
        if not _ISO_DAY.fullmatch(value):
            shown = json.dumps(value[:40], ensure_ascii=False)
            self.err(_join(path, key), f"{shown} không phải ngày dạng YYYY-MM-DD (đúng 10 ký tự, chữ số 0–9, "
                                       "không có khoảng trắng), ví dụ 2025-12-20")
            return None
        try:
            return parse_iso(value)
        except DateError as exc:
            self.err(_join(path, key), str(exc))
            return None

    def code(self, o: Mapping[str, Any], key: str, path: str, allowed: Sequence[str], what: str,
             required: bool = True) -> str | None:
        value = self.string(o, key, path, required=required)
        if value is None:
            return None
        if value not in allowed:
            self.err(_join(path, key), f'{what} "{value}" không hợp lệ; cần một trong: {", ".join(allowed)}')
            return None
        return value

    def award(self, o: Mapping[str, Any], key: str, path: str) -> str | None:
        value = self.string(o, key, path, required=True)
        if value is None:
            return None
        if self.known_awards is not None and value not in self.known_awards:
            self.err(_join(path, key), f'mã khen thưởng "{value}" không có trong danh mục')
            return None
        return value

    def items(self, o: Mapping[str, Any], key: str, path: str, read: Callable[[Mapping[str, Any], str], Any],
              required: bool = False, limit: int = MAX_HISTORY) -> tuple[Any, ...]:
        value = self.req(o, key, path) if required else o.get(key)
        if value is None:
            return ()
        if not isinstance(value, list):
            self.err(_join(path, key), f"cần một danh sách, gặp {_type_name(value)}")
            return ()
        if len(value) > limit:
            self.err(_join(path, key), f"có {len(value)} mục, vượt giới hạn {limit} mục")
            return ()
        out = []
        for i, item in enumerate(value):
            item_path = f"{_join(path, key)}[{i}]"
            item_obj = self.obj(item, item_path)
            if item_obj is None:
                continue
            parsed = read(item_obj, item_path)
            if parsed is not None:
                out.append(parsed)
        return tuple(out)


_KEYS = {
    "top": {"schema", "ruleset", "as_of", "unit", "campaign", "nominees", "proposals", "documents"},
    "unit": {"name", "level", "code", "province", "parent"},
    "campaign": {"name", "year", "deadline"},
    "rating": {"year", "rating"},
    "honour": {"year", "award", "decision", "decision_date", "issuer"},
    "initiative": {"year", "title", "scope", "recognized_by", "decision", "decision_date"},
    "discipline": {"year", "level", "until"},
    "member_stats": {"year", "total", "completed_tasks", "lao_dong_tien_tien", "cstd_co_so",
                     "disciplined_canh_cao_or_above"},
    "individual": {"id", "kind", "full_name", "birth_date", "gender", "national_id", "ethnicity", "position",
                   "workplace", "hometown", "residence", "education", "direct_worker", "hired_on", "ratings",
                   "honours", "initiatives", "disciplines", "pending_review"},
    "collective": {"id", "kind", "name", "address", "ratings", "honours", "disciplines", "pending_review",
                   "member_stats"},
    "household": {"id", "kind", "head_name", "address", "honours", "pending_review"},
    "proposal": {"nominee_id", "award", "year"},
    "document": {"component", "nominee_id", "file", "sha256"},
}


def _extra(o: Mapping[str, Any], known: str) -> dict[str, Any]:
    return {k: _nfc_tree(v) for k, v in o.items() if k not in _KEYS[known]}


def _nfc_tree(value: Any) -> Any:
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, Mapping):
        return {nfc(k): _nfc_tree(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_nfc_tree(v) for v in value]
    return value


_PLAIN_KEY = re.compile(r"[A-Za-z0-9_\-]+")


def _join(path: str, key: str) -> str:
    """A key that is not a plain name is quoted, so a path in a message names exactly one place and stays one line."""
    part = key if _PLAIN_KEY.fullmatch(key) else f"[{visible(json.dumps(key, ensure_ascii=False))}]"
    if not path:
        return part
    return f"{path}{part}" if part.startswith("[") else f"{path}.{part}"


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "true/false", int: "số", float: "số thực", str: "chuỗi", list: "danh sách", dict: "đối tượng"}.get(
        type(value), type(value).__name__
    )


def _read_rating(r: _Reader, o: Mapping[str, Any], p: str) -> Rating | None:
    year = r.year(o, "year", p)
    rating = r.code(o, "rating", p, RATINGS, "xếp loại")
    if year is None or rating is None:
        return None
    return Rating(year, rating, _extra(o, "rating"))


def _read_honour(r: _Reader, o: Mapping[str, Any], p: str) -> Honour | None:
    year = r.year(o, "year", p)
    award = r.award(o, "award", p)
    decision = r.string(o, "decision", p)
    decision_date = r.day(o, "decision_date", p)
    issuer = r.string(o, "issuer", p, limit=MAX_TEXT)
    if year is None or award is None:
        return None
    return Honour(year, award, decision, decision_date, issuer, _extra(o, "honour"))


def _read_initiative(r: _Reader, o: Mapping[str, Any], p: str) -> Initiative | None:
    year = r.year(o, "year", p)
    title = r.string(o, "title", p, required=True, limit=MAX_TITLE)
    scope = r.code(o, "scope", p, SCOPES, "phạm vi sáng kiến")
    recognized_by = r.string(o, "recognized_by", p, limit=MAX_TEXT)
    decision = r.string(o, "decision", p)
    decision_date = r.day(o, "decision_date", p)
    if year is None or title is None or scope is None:
        return None
    return Initiative(year, title, scope, recognized_by, decision, decision_date, _extra(o, "initiative"))


def _read_discipline(r: _Reader, o: Mapping[str, Any], p: str) -> Discipline | None:
    year = r.year(o, "year", p)
    level = r.code(o, "level", p, DISCIPLINE_LEVELS, "hình thức kỷ luật")
    until = r.day(o, "until", p)
    if year is None or level is None:
        return None
    return Discipline(year, level, until, _extra(o, "discipline"))


def _read_member_stats(r: _Reader, o: Mapping[str, Any], p: str) -> MemberStats | None:
    year = r.year(o, "year", p)
    nums = {
        k: r.integer(o, k, p, required=True, lo=0, hi=10_000_000)
        for k in ("total", "completed_tasks", "lao_dong_tien_tien", "cstd_co_so", "disciplined_canh_cao_or_above")
    }
    if year is None or any(v is None for v in nums.values()):
        return None
    total = nums["total"] or 0
    for k in ("completed_tasks", "lao_dong_tien_tien", "cstd_co_so", "disciplined_canh_cao_or_above"):
        if (nums[k] or 0) > total:
            r.err(_join(p, k), f"{nums[k]} lớn hơn tổng số thành viên ({total})")
            return None
    return MemberStats(year, total, nums["completed_tasks"] or 0, nums["lao_dong_tien_tien"] or 0,
                       nums["cstd_co_so"] or 0, nums["disciplined_canh_cao_or_above"] or 0,
                       _extra(o, "member_stats"))


def _read_nominee(r: _Reader, o: Mapping[str, Any], p: str) -> Nominee | None:
    nominee_id = r.string(o, "id", p, required=True)
    kind = r.code(o, "kind", p, KINDS, "loại đối tượng")
    if nominee_id is None or kind is None:
        return None
    ratings = r.items(o, "ratings", p, lambda x, q: _read_rating(r, x, q))
    honours = r.items(o, "honours", p, lambda x, q: _read_honour(r, x, q))
    pending = r.boolean(o, "pending_review", p) or False
    seen_years: set[int] = set()
    for i, rating in enumerate(ratings):
        if rating.year in seen_years:
            r.err(f"{p}.ratings[{i}].year", f"năm {rating.year} đã có xếp loại; mỗi năm chỉ một xếp loại")
        seen_years.add(rating.year)
    if kind == "individual":
        full_name = r.string(o, "full_name", p, required=True, limit=MAX_NAME)
        birth_date = r.day(o, "birth_date", p, required=True)
        gender = r.code(o, "gender", p, GENDERS, "giới tính")
        national_id = r.string(o, "national_id", p, required=True)
        if national_id is not None:
            for msg in cccd.problems(national_id, birth_date, gender):
                r.err(_join(p, "national_id"), msg)
        direct_worker = r.boolean(o, "direct_worker", p)
        hired_on = r.day(o, "hired_on", p)
        return Nominee(
            id=nominee_id, kind=kind, full_name=full_name, birth_date=birth_date, gender=gender,
            national_id=national_id,
            ethnicity=r.string(o, "ethnicity", p), position=r.string(o, "position", p, limit=MAX_TEXT),
            workplace=r.string(o, "workplace", p, limit=MAX_TEXT), hometown=r.string(o, "hometown", p, limit=MAX_TEXT),
            residence=r.string(o, "residence", p, limit=MAX_TEXT), education=r.string(o, "education", p, limit=MAX_TEXT),
            direct_worker=direct_worker, hired_on=hired_on, ratings=ratings, honours=honours,
            initiatives=r.items(o, "initiatives", p, lambda x, q: _read_initiative(r, x, q)),
            disciplines=r.items(o, "disciplines", p, lambda x, q: _read_discipline(r, x, q)),
            pending_review=pending, extra=_extra(o, "individual"),
        )
    if kind == "collective":
        return Nominee(
            id=nominee_id, kind=kind, name=r.string(o, "name", p, required=True, limit=MAX_NAME),
            address=r.string(o, "address", p, limit=MAX_TEXT), ratings=ratings, honours=honours,
            disciplines=r.items(o, "disciplines", p, lambda x, q: _read_discipline(r, x, q)),
            member_stats=r.items(o, "member_stats", p, lambda x, q: _read_member_stats(r, x, q)),
            pending_review=pending, extra=_extra(o, "collective"),
        )
    return Nominee(
        id=nominee_id, kind=kind, head_name=r.string(o, "head_name", p, required=True, limit=MAX_NAME),
        address=r.string(o, "address", p, required=True, limit=MAX_TEXT), honours=honours, pending_review=pending,
        extra=_extra(o, "household"),
    )


def _file_problem(file: str) -> str | None:
    """documents[].file: a relative path inside the JSON file's folder, with a name every system can store."""
    if "\x00" in file or any(ord(ch) < 32 for ch in file):
        return "tên tệp có ký tự điều khiển (như NUL); hãy đổi tên tệp"
    if "\\" in file:
        return "dùng dấu / để ngăn thư mục, không dùng dấu \\"
    if file.startswith("/") or re.match(r"[A-Za-z]:", file):
        return "cần đường dẫn tương đối từ thư mục chứa tệp JSON, không phải đường dẫn tuyệt đối"
    parts = file.split("/")
    if any(part in ("", ".", "..") for part in parts):
        return "đường dẫn phải nằm trong thư mục chứa tệp JSON (không có «..», «.» hay «//»)"
    for part in parts:
        if len(part.encode("utf-8")) > MAX_FILE_NAME:
            return f"tên «{part[:40]}…» dài quá {MAX_FILE_NAME} byte"
        if any(ch in '<>:"|?*' for ch in part) or part.endswith((" ", ".")):
            return f'tên «{part[:60]}» có ký tự không dùng được trên mọi máy (< > : " | ? * hoặc dấu chấm, ' \
                   "khoảng trắng ở cuối)"
        if part.split(".")[0].upper() in _WINDOWS_RESERVED:
            return f"tên «{part}» là tên thiết bị dành riêng của Windows"
    return None


class _Oversized(int):
    """An integer literal too long to be a number in any field; kept as 0 so the tree check can name its path."""


def _bounded_int(text: str) -> int:
    return int(text) if len(text) <= 20 else _Oversized(0)


def _not_json(name: str) -> Any:
    raise ValueError(f"{name} không phải giá trị JSON hợp lệ")


def _tree_problems(data: Any, limit: int = 50) -> list[Problem]:
    """Bounds over the whole document, known keys and unknown ones alike: nesting depth, string length, text that
    cannot be stored (lone surrogates, NUL), integers beyond what JSON readers agree on, list length."""
    problems: list[Problem] = []
    stack: list[tuple[Any, str, int]] = [(data, "", 0)]
    while stack and len(problems) < limit:
        value, path, depth = stack.pop()
        if isinstance(value, str):
            wrong = _text_problem(value, MAX_NARRATIVE)
            if wrong:
                problems.append(Problem(path, wrong))
        elif isinstance(value, float):
            if not math.isfinite(value):
                problems.append(Problem(path, "số thực quá lớn"))
        elif isinstance(value, bool) or value is None:
            continue
        elif isinstance(value, int):
            if isinstance(value, _Oversized) or abs(value) > MAX_INT:
                problems.append(Problem(path, f"số nguyên quá lớn (giới hạn ±{MAX_INT})"))
        elif depth >= MAX_DEPTH:
            problems.append(Problem(path, f"lồng nhau quá {MAX_DEPTH} tầng"))
        elif isinstance(value, dict):
            for k, v in value.items():
                wrong = _text_problem(k, MAX_CODE)
                if wrong:
                    problems.append(Problem(path, f"tên khóa {wrong}"))
                    continue
                stack.append((v, _join(path, k), depth + 1))
        elif isinstance(value, list):
            if len(value) > MAX_LIST:
                problems.append(Problem(path, f"có {len(value)} mục, vượt giới hạn {MAX_LIST} mục"))
                continue
            stack.extend((v, f"{path}[{i}]", depth + 1) for i, v in enumerate(value))
    return problems


def _text_problem(text: str, limit: int) -> str | None:
    if len(text) > limit:
        return f"dài {len(text)} ký tự, vượt giới hạn {limit} ký tự"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"có ký tự không hợp lệ (nửa cặp thay thế \\u{ord(text[exc.start]):04x} ở vị trí {exc.start})"
    if "\x00" in text:
        return "có ký tự NUL"
    return None


def dossier_from_json(data: Any, known_awards: Collection[str] | None = None) -> Dossier:
    """Parse a decoded `hskt-dossier/1` document; raises SchemaError naming every wrong path.

    `known_awards` is the catalogue's set of award codes; None skips that check (used only by tools that do not
    load a rule set).
    """
    r = _Reader(known_awards)
    top = r.obj(data, "")
    if top is None:
        raise SchemaError(r.problems)
    bounds = _tree_problems(data)
    if bounds:
        raise SchemaError(bounds)
    schema = top.get("schema")
    if schema != SCHEMA:
        r.err("schema", f'cần "{SCHEMA}", gặp {json.dumps(schema, ensure_ascii=False)}')
        raise SchemaError(r.problems)

    unit_raw = r.req(top, "unit", "")
    unit_obj = r.obj(unit_raw, "unit") if unit_raw is not None else None
    unit = None
    if unit_obj is not None:
        name = r.string(unit_obj, "name", "unit", required=True, limit=MAX_NAME)
        level = r.code(unit_obj, "level", "unit", UNIT_LEVELS, "cấp đơn vị")
        for key in ("place", "short_name"):  # HSKT's extension keys (docs/dossier-extensions.md) print as text
            r.string(unit_obj, key, "unit", limit=MAX_NAME)
        if unit_obj.get("signers") is not None:
            r.items(unit_obj, "signers", "unit", lambda x, q: x, limit=MAX_HISTORY)
        if name and level:
            unit = Unit(name, level, r.string(unit_obj, "code", "unit"), r.string(unit_obj, "province", "unit", limit=MAX_TEXT),
                        r.string(unit_obj, "parent", "unit", limit=MAX_TEXT), _extra(unit_obj, "unit"))

    campaign = None
    if top.get("campaign") is not None:
        c = r.obj(top["campaign"], "campaign")
        if c is not None:
            cname = r.string(c, "name", "campaign", required=True, limit=MAX_NAME)
            cyear = r.year(c, "year", "campaign")
            deadline = r.day(c, "deadline", "campaign")
            if cname and cyear:
                campaign = Campaign(cname, cyear, deadline, _extra(c, "campaign"))

    ruleset = r.string(top, "ruleset", "")
    as_of = r.day(top, "as_of", "")
    nominees = r.items(top, "nominees", "", lambda x, q: _read_nominee(r, x, q), required=True, limit=MAX_NOMINEES)

    ids: dict[str, int] = {}
    for i, n in enumerate(nominees):
        if n.id in ids:
            r.err(f"nominees[{i}].id", f'mã đối tượng "{n.id}" đã dùng ở nominees[{ids[n.id]}]')
        else:
            ids[n.id] = i

    def read_proposal(o: Mapping[str, Any], p: str) -> Proposal | None:
        nominee_id = r.string(o, "nominee_id", p, required=True)
        award = r.award(o, "award", p)
        year = r.year(o, "year", p, required=False)
        if year is None and "year" not in o:
            if campaign is None:
                r.err(_join(p, "year"), "thiếu năm đề nghị và hồ sơ không có campaign.year")
                return None
            year = campaign.year
        if nominee_id is not None and nominee_id not in ids:
            r.err(_join(p, "nominee_id"), f'không có đối tượng nào mang mã "{nominee_id}" trong nominees')
            return None
        if nominee_id is None or award is None or year is None:
            return None
        return Proposal(nominee_id, award, year, _extra(o, "proposal"))

    proposals = r.items(top, "proposals", "", read_proposal, required=True, limit=MAX_PROPOSALS)

    def read_document(o: Mapping[str, Any], p: str) -> DocumentRef | None:
        component = r.code(o, "component", p, COMPONENTS, "thành phần hồ sơ")
        file = r.string(o, "file", p, required=True, limit=MAX_FILE_PATH)
        nominee_id = r.string(o, "nominee_id", p)
        sha = r.string(o, "sha256", p)
        if nominee_id is not None and nominee_id not in ids:
            r.err(_join(p, "nominee_id"), f'không có đối tượng nào mang mã "{nominee_id}" trong nominees')
        if sha is not None and (len(sha) != 64 or any(ch not in "0123456789abcdef" for ch in sha.lower())):
            r.err(_join(p, "sha256"), "cần 64 chữ số thập lục phân")
            sha = None
        if file is not None:
            wrong = _file_problem(file)
            if wrong:
                r.err(_join(p, "file"), wrong)
                file = None
        if component is None or file is None:
            return None
        return DocumentRef(component, file, nominee_id, sha.lower() if sha else None, _extra(o, "document"))

    documents = r.items(top, "documents", "", read_document, limit=MAX_DOCUMENTS)

    if r.problems or unit is None:
        raise SchemaError(r.problems or [Problem("unit", "thiếu trường bắt buộc")])
    return Dossier(unit=unit, nominees=nominees, proposals=proposals, documents=documents, campaign=campaign,
                   ruleset=ruleset, as_of=as_of, extra=_extra(top, "top"))


def loads(raw: bytes | str, known_awards: Collection[str] | None = None) -> Dossier:
    """Decode bytes or text and parse; malformed JSON is a SchemaError with line and column."""
    if len(raw) > MAX_FILE_BYTES:
        raise SchemaError([Problem("", f"tệp lớn {len(raw) // (1024 * 1024)} MB, vượt giới hạn "
                                       f"{MAX_FILE_BYTES // (1024 * 1024)} MB")])
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError as exc:
        raise SchemaError([Problem("", f"tệp không phải UTF-8 (byte thứ {exc.start})")]) from None
    try:
        data = json.loads(text, parse_int=_bounded_int, parse_constant=_not_json)
    except json.JSONDecodeError as exc:
        raise SchemaError([Problem("", f"JSON sai cú pháp ở dòng {exc.lineno}, cột {exc.colno}: {exc.msg}")]) from None
    except RecursionError:
        raise SchemaError([Problem("", f"JSON lồng nhau quá sâu (giới hạn {MAX_DEPTH} tầng)")]) from None
    except ValueError as exc:  # NaN, Infinity
        raise SchemaError([Problem("", str(exc))]) from None
    return dossier_from_json(data, known_awards)


# --------------------------------------------------------------------------------------------------- writing


def _put(out: dict[str, Any], key: str, value: Any) -> None:
    if value is None:
        return
    out[key] = value.isoformat() if isinstance(value, date) else value


def _with_extra(out: dict[str, Any], extra: Extra) -> dict[str, Any]:
    for k, v in extra.items():
        out.setdefault(k, v)
    return out


def _honour_json(h: Honour) -> dict[str, Any]:
    out: dict[str, Any] = {"year": h.year, "award": h.award}
    _put(out, "decision", h.decision)
    _put(out, "decision_date", h.decision_date)
    _put(out, "issuer", h.issuer)
    return _with_extra(out, h.extra)


def _discipline_json(d: Discipline) -> dict[str, Any]:
    out: dict[str, Any] = {"year": d.year, "level": d.level}
    _put(out, "until", d.until)
    return _with_extra(out, d.extra)


def nominee_to_json(n: Nominee) -> dict[str, Any]:
    out: dict[str, Any] = {"id": n.id, "kind": n.kind}
    if n.kind == "individual":
        for key in ("full_name", "birth_date", "gender", "national_id", "ethnicity", "position", "workplace",
                    "hometown", "residence", "education", "direct_worker", "hired_on"):
            _put(out, key, getattr(n, key))
        out["ratings"] = [_with_extra({"year": r.year, "rating": r.rating}, r.extra) for r in n.ratings]
        out["honours"] = [_honour_json(h) for h in n.honours]
        out["initiatives"] = []
        for i in n.initiatives:
            item: dict[str, Any] = {"year": i.year, "title": i.title, "scope": i.scope}
            _put(item, "recognized_by", i.recognized_by)
            _put(item, "decision", i.decision)
            _put(item, "decision_date", i.decision_date)
            out["initiatives"].append(_with_extra(item, i.extra))
        out["disciplines"] = [_discipline_json(d) for d in n.disciplines]
    elif n.kind == "collective":
        _put(out, "name", n.name)
        _put(out, "address", n.address)
        out["ratings"] = [_with_extra({"year": r.year, "rating": r.rating}, r.extra) for r in n.ratings]
        out["honours"] = [_honour_json(h) for h in n.honours]
        out["disciplines"] = [_discipline_json(d) for d in n.disciplines]
        out["member_stats"] = [
            _with_extra({"year": m.year, "total": m.total, "completed_tasks": m.completed_tasks,
                         "lao_dong_tien_tien": m.lao_dong_tien_tien, "cstd_co_so": m.cstd_co_so,
                         "disciplined_canh_cao_or_above": m.disciplined_canh_cao_or_above}, m.extra)
            for m in n.member_stats
        ]
    else:
        _put(out, "head_name", n.head_name)
        _put(out, "address", n.address)
        out["honours"] = [_honour_json(h) for h in n.honours]
    out["pending_review"] = n.pending_review
    return _with_extra(out, n.extra)


def dossier_to_json(d: Dossier) -> dict[str, Any]:
    out: dict[str, Any] = {"schema": SCHEMA}
    _put(out, "ruleset", d.ruleset)
    _put(out, "as_of", d.as_of)
    unit: dict[str, Any] = {"name": d.unit.name, "level": d.unit.level}
    for key in ("code", "province", "parent"):
        _put(unit, key, getattr(d.unit, key))
    out["unit"] = _with_extra(unit, d.unit.extra)
    if d.campaign is not None:
        campaign: dict[str, Any] = {"name": d.campaign.name, "year": d.campaign.year}
        _put(campaign, "deadline", d.campaign.deadline)
        out["campaign"] = _with_extra(campaign, d.campaign.extra)
    out["nominees"] = [nominee_to_json(n) for n in d.nominees]
    out["proposals"] = [
        _with_extra({"nominee_id": p.nominee_id, "award": p.award, "year": p.year}, p.extra) for p in d.proposals
    ]
    docs = []
    for doc in d.documents:
        item: dict[str, Any] = {"component": doc.component, "file": doc.file}
        _put(item, "nominee_id", doc.nominee_id)
        _put(item, "sha256", doc.sha256)
        docs.append(_with_extra(item, doc.extra))
    out["documents"] = docs
    return _with_extra(out, d.extra)


def canonical_bytes(d: Dossier | Mapping[str, Any]) -> bytes:
    """UTF-8, NFC, keys sorted, no insignificant white space: the same dossier always hashes the same."""
    data = dossier_to_json(d) if isinstance(d, Dossier) else d
    text = json.dumps(_nfc_tree(data), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.encode("utf-8")
