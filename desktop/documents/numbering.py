"""Document numbers and symbols per Nghị định 30/2020/NĐ-CP, Phụ lục III: "Số: 05/TTr-UBND".

Numbers restart at 01 each year and numbers below 10 take a leading zero. An unnumbered draft keeps the blank a clerk
fills by hand ("Số:      /TTr-UBND"), so a draft never shows a number it has not been given.
"""

from __future__ import annotations

import re

# Phụ lục III, the abbreviations of document types (NĐ 30/2020).
TYPE_CODES: dict[str, str] = {
    "nghi-quyet": "NQ",
    "quyet-dinh": "QĐ",
    "chi-thi": "CT",
    "quy-che": "QC",
    "quy-dinh": "QyĐ",
    "thong-cao": "TC",
    "thong-bao": "TB",
    "huong-dan": "HD",
    "chuong-trinh": "CTr",
    "ke-hoach": "KH",
    "phuong-an": "PA",
    "de-an": "ĐA",
    "du-an": "DA",
    "bao-cao": "BC",
    "bien-ban": "BB",
    "to-trinh": "TTr",
    "hop-dong": "HĐ",
    "cong-dien": "CĐ",
    "ban-ghi-nho": "BGN",
    "ban-thoa-thuan": "BTT",
    "giay-uy-quyen": "GUQ",
    "giay-moi": "GM",
    "giay-gioi-thieu": "GGT",
    "giay-nghi-phep": "GNP",
    "phieu-gui": "PG",
    "phieu-chuyen": "PC",
    "phieu-bao": "PB",
    "sao-y": "SY",
    "trich-sao": "TrS",
    "sao-luc": "SL",
}

_BLANK = "\u00a0" * 6  # non-breaking, so the gap survives text layout


def number_text(number: int | None) -> str:
    """05, 12, 123; None gives the blank left for a hand-written number."""
    if number is None:
        return _BLANK
    if number < 1:
        raise ValueError(f"số văn bản phải từ 1 trở lên, gặp {number}")
    return f"{number:02d}"


def symbol(type_code: str | None, body_code: str, drafting_unit: str | None = None) -> str:
    """"TTr-UBND", "BB-HĐTĐKT", "UBND-VP" (a công văn has no type code)."""
    parts = [p for p in (type_code, body_code, drafting_unit) if p]
    return "-".join(parts)


def document_number(number: int | None, doc_type: str | None, body_code: str,
                    drafting_unit: str | None = None) -> str:
    """The full line "Số: 05/TTr-UBND". `doc_type` is a key of TYPE_CODES ("to-trinh") or None for a công văn."""
    code = None
    if doc_type is not None:
        if doc_type not in TYPE_CODES:
            raise KeyError(f'loại văn bản "{doc_type}" không có trong Phụ lục III Nghị định 30/2020')
        code = TYPE_CODES[doc_type]
    return f"Số: {number_text(number)}/{symbol(code, body_code, drafting_unit)}"


_NUMBER = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[object, ...]:
    """Order numbered items as a reader does: "số 2" before "số 10" (text parts by Vietnamese collation)."""
    from desktop.vn.collation import text_key

    return tuple(int(part) if i % 2 else text_key(part) for i, part in enumerate(_NUMBER.split(text or "")))
