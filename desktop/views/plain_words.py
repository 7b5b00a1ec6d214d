"""The verifier's findings in words a clerk or a reviewer reads: no format names (ASiC-E, CAdES, PAdES), no schema
ids, no validator codes such as (CHAIN_CONSTRUCTION_FAILED). The exact technical text stays in each line's tooltip.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

# The verifier's check titles (desktop/packaging/verify.py LABELS) as the viewer shows them.
_CHECK_TITLES = {
    "Cấu trúc gói ASiC-E": "Cấu trúc của gói hồ sơ",
    "Danh mục tệp và mã băm SHA-256": "Không tệp nào bị sửa, thêm hay bớt",
    "Chữ ký số CAdES của gói": "Chữ ký số của gói",
    "Chữ ký số PAdES trên văn bản PDF": "Chữ ký trên từng văn bản",
    "dossier.json đúng lược đồ hskt-dossier/1": "Dữ liệu hồ sơ đọc được đầy đủ",
    "Các gói cấp dưới nhúng kèm": "Các gói của cấp dưới gửi kèm",
    "Nhật ký thao tác (chuỗi băm)": "Nhật ký thao tác liền mạch",
    "return-note.json đúng lược đồ hskt-return-note/1": "Nội dung phiếu trả lại đọc được đầy đủ",
}
# Marked for translation here; the table above keys them by the verifier's own text.
_MARKED = (
    QCoreApplication.translate("PlainWords", "Cấu trúc của gói hồ sơ"),
    QCoreApplication.translate("PlainWords", "Không tệp nào bị sửa, thêm hay bớt"),
    QCoreApplication.translate("PlainWords", "Chữ ký số của gói"),
    QCoreApplication.translate("PlainWords", "Chữ ký trên từng văn bản"),
    QCoreApplication.translate("PlainWords", "Dữ liệu hồ sơ đọc được đầy đủ"),
    QCoreApplication.translate("PlainWords", "Các gói của cấp dưới gửi kèm"),
    QCoreApplication.translate("PlainWords", "Nhật ký thao tác liền mạch"),
    QCoreApplication.translate("PlainWords", "Nội dung phiếu trả lại đọc được đầy đủ"),
)
_ISO_TIME = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?(?:\.\d+)?(?:[+-]\d{2}:?\d{2}|Z)?")
_CODE = re.compile(r"\s*\((?=[^)]*[A-Z]{2,}_[A-Z_]+)[^)]*\)")  # "(NO_CERTIFICATE_CHAIN_FOUND)" and the like
_SIGNATURE_PART = re.compile(r"META-INF/signature\d{3}\.p7s:?\s*")
_DOCUMENTS = re.compile(r"\bdocuments/(?=\S)")  # the package's folder of documents: the file name is enough
_WORDS = (
    (re.compile(r"\bchữ ký số CAdES\b", re.I), "chữ ký số của gói"),
    (re.compile(r"\bchữ ký PDF\b"), "chữ ký trên văn bản"),
    (re.compile(r"\b(?:chữ ký )?PAdES\b"), "chữ ký trên văn bản"),
    (re.compile(r"\bCAdES\b"), "chữ ký số của gói"),
    (re.compile(r"\bASiC-E\b"), "gói hồ sơ"),
    (re.compile(r"lược đồ hskt-[a-z-]+/\d+"), "đúng mẫu dữ liệu"),
    (re.compile(r"không chuỗi tới CA gốc tin cậy nào"), "không nối được tới chứng thư gốc nào được tin cậy"),
    (re.compile(r"\bCA gốc\b"), "tổ chức cấp chữ ký số"),
    (re.compile(r"mimetype đúng"), "đúng định dạng"),
)


def check_title(label: str) -> str:
    plain = _CHECK_TITLES.get(label)
    return QCoreApplication.translate("PlainWords", plain) if plain is not None else plain_text(label)


def plain_text(text: str) -> str:
    """`text` without validator codes, format names or ISO timestamps."""
    out = _CODE.sub("", text)
    out = _SIGNATURE_PART.sub("", out)
    out = _DOCUMENTS.sub("", out)
    for pattern, words in _WORDS:
        out = pattern.sub(words, out)
    out = _ISO_TIME.sub(lambda m: f"{m[4]}:{m[5]} ngày {m[3]}/{m[2]}/{m[1]}", out)
    return out.strip()


def signature_title(where: str) -> str:
    """The package's own signature, or the signature on one document."""
    if where.startswith("META-INF/"):  # the check above it is "Chữ ký số của gói"; this row names who signed
        return QCoreApplication.translate("PlainWords", "Người ký gói")
    return QCoreApplication.translate("PlainWords", "Chữ ký trên văn bản «%s»") % where.rsplit("/", 1)[-1]
