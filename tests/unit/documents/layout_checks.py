"""What a reviewer checks on a page's layout (pdftotext -bbox words): shared by the PDF and the DOCX layout tests."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from desktop.snapshot import Dossier, Honour, Nominee

# Words of the signature blocks: titles are capitals, notes in parentheses, names are the signers'.
NOTE_WORDS = {"(Ký,", "đóng", "dấu)", "ghi", "rõ", "họ", "và", "tên)", "Nơi", "nhận:"}


def stretch(d: Dossier, nominee_id: str, lines: int) -> Dossier:
    """`lines` more bullet lines in the nominee's achievements."""
    extra = "\n".join(f"- Kết quả công tác thứ {i + 1} được ghi nhận." for i in range(lines))
    proposals = tuple(replace(pr, extra={**pr.extra, "form": {**pr.extra.get("form", {}),
                                                                "achievements": extra or "Hoàn thành tốt."}})
                      if pr.nominee_id == nominee_id else pr for pr in d.proposals)
    return replace(d, proposals=proposals)


def more_honours(n: Nominee, count: int) -> Nominee:
    extra = tuple(Honour(2000 + i, "giay-khen-chu-tich-ubnd-xa", f"{i + 1:02d}/QĐ-UBND", None,
                         "Chủ tịch UBND xã Tân Lập") for i in range(count))
    return replace(n, honours=n.honours + extra)


def signature_words(d: Dossier) -> set[str]:
    names = {d.extra["letter"]["signer"]["name"], d.extra["meeting"]["chair"]["name"],
             d.extra["meeting"]["secretary"]["name"]}
    names |= {n.full_name or n.head_name or "" for n in d.nominees}
    for entry in d.extra["letter"]["recipients"]:
        names.add(entry)
    return {w for text in names for w in text.split()} | NOTE_WORDS | {"-"}


def signature_only_pages(words: Iterable[Any], vocabulary: set[str]) -> list[int]:
    by_page: dict[int, list[str]] = {}
    for w in words:
        if w.text.isdigit() and w.y1 < 60:  # the page number in the top margin
            continue
        by_page.setdefault(w.page, []).append(w.text)
    return [page for page, texts in by_page.items() if page > 0 and all(
        t.isupper() or t in vocabulary or set(t) <= set("….,;:") for t in texts)]


def half_empty_before_table(words: list[Any], page_height: float, table_head: str) -> list[int]:
    """Pages (but the last) whose text ends above the middle while the next page starts with `table_head`."""
    out = []
    pages = sorted({w.page for w in words})
    for page in pages[:-1]:
        body = [w for w in words if w.page == page and not (w.text.isdigit() and w.y1 < 60)]
        nxt = [w for w in words if w.page == page + 1 and not (w.text.isdigit() and w.y1 < 60)]
        if body and nxt and max(w.y2 for w in body) < page_height / 2:
            first_line = min(nxt, key=lambda w: (w.y1, w.x1))
            if first_line.text == table_head:
                out.append(page)
    return out
