"""A check report as readable Vietnamese text, for `hskt check` without --json and for printing."""

from __future__ import annotations

from desktop.awards.criteria import FAIL, OK
from desktop.awards.model import CONFIDENCE_LABELS
from desktop.awards.results import VERDICT_LABELS, CheckReport
from desktop.vn.dates import short_date

_MARK = {OK: "đạt", FAIL: "KHÔNG ĐẠT"}
_SEVERITY = {"error": "LỖI", "warning": "lưu ý", "info": "thông tin"}


def render_text(report: CheckReport, title: str = "") -> str:
    lines = []
    if title:
        lines.append(f"KIỂM TRA HỒ SƠ: {title}")
    lines.append(f"Bộ quy tắc: {report.ruleset} — {report.ruleset_title}")
    lines.append(f"Ngày xét: {short_date(report.as_of)}")
    eligible = "tất cả đề nghị đủ điều kiện" if report.eligible else "có đề nghị chưa đủ điều kiện"
    complete = "hồ sơ đủ thành phần" if report.complete else "hồ sơ chưa đầy đủ"
    lines.append(f"Kết luận: {eligible}; {complete}.")
    lines.append("")
    lines.append("I. ĐỀ NGHỊ KHEN THƯỞNG")
    if not report.proposals:
        lines.append("   (không có đề nghị nào)")
    for i, p in enumerate(report.proposals, 1):
        lines.append(f"{i}. {p.nominee_name} — {p.award_name} năm {p.year}: {VERDICT_LABELS[p.verdict].upper()}"
                     + _caveat(p.confidence))
        block: list[str] = []
        for r in p.rules:
            mark = _MARK.get(r.status, "cần xác minh")
            caveat = f"; {CONFIDENCE_LABELS['L']}" if r.confidence == "L" else ""
            block.append(f"   [{mark}] {r.message} ({r.basis}{caveat})")
            block += [f"      {d}" for d in r.details]
        lines += dict.fromkeys(block)  # one line per fact: a fact reached by two rules is printed once
    lines.append("")
    lines.append("II. THÀNH PHẦN HỒ SƠ")
    if not report.checklist:
        lines.append("   (không có thành phần bắt buộc)")
    for c in report.checklist:
        lines.append(f"   [{'có' if c.present else 'THIẾU'}] {c.message}")
    if report.issues:
        lines.append("")
        lines.append("III. VẤN ĐỀ KHÁC")
        for iss in report.issues:
            # `where` (a JSON path) is for --json and the GUI's locator, not for the clerk's reading.
            lines.append(f"   [{_SEVERITY.get(iss.severity, iss.severity)}] {iss.message}")
    return "\n".join(lines) + "\n"


def _caveat(confidence: str) -> str:
    """A verdict that rests on a rule not read in the official text says so where the clerk reads the verdict."""
    return "" if confidence == "V" else f" (lưu ý: căn cứ {CONFIDENCE_LABELS[confidence]})"
