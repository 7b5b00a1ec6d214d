"""Dates as Vietnamese documents print them (Nghị định 30/2020: days below 10 and months 1 and 2 take a leading 0)."""

from __future__ import annotations

import re
from datetime import date

_DMY = re.compile(r"^\s*([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})\s*$")
_DDMMYYYY = re.compile(r"^\s*([0-9]{2})([0-9]{2})([0-9]{4})\s*$")  # typed without separators: 15031985
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


class DateError(ValueError):
    """A date that cannot be read; the message is Vietnamese and says what to type."""


def long_date(d: date) -> str:
    """"ngày 05 tháng 02 năm 2025", "ngày 15 tháng 3 năm 2025"."""
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"ngày {d.day:02d} tháng {month} năm {d.year}"


def place_date(place: str, d: date) -> str:
    """"Tân Lập, ngày 05 tháng 02 năm 2026"."""
    return f"{place}, {long_date(d)}"


def short_date(d: date | None) -> str:
    """dd/mm/yyyy, the form used in tables."""
    return "" if d is None else f"{d.day:02d}/{d.month:02d}/{d.year}"


def _make(y: int, m: int, d: int, raw: str) -> date:
    try:
        return date(y, m, d)
    except ValueError:
        raise DateError(f'ngày "{raw}" không có thật (tháng {m} năm {y} không có ngày {d})') from None


def parse_iso(raw: str) -> date:
    """YYYY-MM-DD, strictly (the interchange format)."""
    m = _ISO.match(raw)
    if not m:
        raise DateError(f'"{raw}" không phải ngày dạng YYYY-MM-DD')
    return _make(int(m[1]), int(m[2]), int(m[3]), raw.strip())


def parse_vn(raw: str) -> date:
    """dd/mm/yyyy as clerks type it (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy, ddmmyyyy and ISO)."""
    m = _DMY.match(raw) or _DDMMYYYY.match(raw)
    if m:
        return _make(int(m[3]), int(m[2]), int(m[1]), raw.strip())
    if _ISO.match(raw):
        return parse_iso(raw)
    raise DateError(f'"{raw}" không phải ngày; hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/02/1985')
