"""In-app help as plain data: the hand-written pages under resources/help/ and a page generated from the rule set in
use, so a new rule set brings its own list of dossier components and awards with their legal basis.

No Qt here: `views.help_window` shows the HTML these functions return; tests read it directly.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.awards.model import SUBJECT_LABELS, Award, Criterion, RuleSet
from desktop.paths import resources_dir
from desktop.snapshot import RATING_LABELS
from desktop.vn.text import fold

RULESET_TOPIC = "bo-quy-tac"
# The confidence tags of the help pages and the rule sets ([V] [M] [L], see the domain brief), as a clerk reads them.
CONFIDENCE_SENTENCES = {
    "V": "đã đối chiếu với văn bản gốc",
    "M": "Quy định này cần đối chiếu với văn bản gốc.",
    "L": "Quy định này chưa được xác minh; hãy đối chiếu văn bản gốc hoặc hỏi Phòng/Sở Nội vụ trước khi dựa vào.",
}


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    file: str | None  # resources/help/<file>; None for the generated rule-set page


# The order of the table of contents: the clerk's steps, then the questions, then the rule set.
TOPICS: tuple[Topic, ...] = (
    Topic("bat-dau", "Bắt đầu với HSKT", "bat-dau.md"),
    Topic("khai-bao-don-vi", "1. Khai báo đơn vị", "khai-bao-don-vi.md"),
    Topic("lap-ho-so", "2. Lập hồ sơ", "lap-ho-so.md"),
    Topic("nhap-danh-sach", "3. Nhập danh sách, tệp Excel", "nhap-danh-sach.md"),
    Topic("kiem-tra-tieu-chuan", "4. Kiểm tra tiêu chuẩn", "kiem-tra-tieu-chuan.md"),
    Topic("de-xuat", "Đề xuất khen thưởng cuối năm", "de-xuat.md"),
    Topic("in-bieu-mau", "5. In biểu mẫu", "in-bieu-mau.md"),
    Topic("ky-so-va-gui", "6. Ký số và gửi", "ky-so-va-gui.md"),
    Topic("nhan-va-tong-hop", "7. Nhận và tổng hợp", "nhan-va-tong-hop.md"),
    Topic("hoi-dap", "Hỏi đáp", "hoi-dap.md"),
    Topic(RULESET_TOPIC, "Thành phần hồ sơ và căn cứ pháp lý", None),
)
DEFAULT_TOPIC = "bat-dau"


def help_dir() -> Path:
    return resources_dir() / "help"


def topic(topic_id: str) -> Topic:
    """The topic named by `topic_id` (an anchor after '#' is ignored); unknown ids fall back to the first page."""
    base = topic_id.split("#", 1)[0]
    return next((t for t in TOPICS if t.id == base), TOPICS[0])


# --------------------------------------------------------------------------------------------------- Markdown


_INLINE = (
    (re.compile(r"\*\*(.+?)\*\*"), r"<b>\1</b>"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"<i>\1</i>"),
    (re.compile(r"`(.+?)`"), r"<code>\1</code>"),
    (re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)"), r'<a href="\2">\1</a>'),
    # "Điều 85 [M]." reads "Điều 85. Quy định này cần đối chiếu với văn bản gốc."; [V] becomes a parenthesis.
    (re.compile(r"\s*\[M\]([.;:,]?)"), rf'\1 <span class="check">{CONFIDENCE_SENTENCES["M"]}</span>'),
    (re.compile(r"\s*\[L\]([.;:,]?)"), rf'\1 <span class="check">{CONFIDENCE_SENTENCES["L"]}</span>'),
    (re.compile(r"\s*\[V\]"), f' <span class="ok">({CONFIDENCE_SENTENCES["V"]})</span>'),
)


def _inline(text: str) -> str:
    out = html.escape(text, quote=False)
    for pattern, repl in _INLINE:
        out = pattern.sub(repl, out)
    return out


def markdown_to_html(source: str) -> str:
    """The small Markdown the help pages use: headings (with {#id}), paragraphs, - and 1. lists, > notes, **bold**,
    *italic*, `code`, [links](topic) and the confidence tags [V] [M] [L]."""
    out: list[str] = []
    para: list[str] = []
    list_tag: str | None = None

    def flush() -> None:
        nonlocal list_tag
        if para:
            out.append(f"<p>{_inline(' '.join(para))}</p>")
            para.clear()
        if list_tag:
            out.append(f"</{list_tag}>")
            list_tag = None

    for raw in source.splitlines():
        line = raw.rstrip()
        heading = re.match(r"^(#{1,4})\s+(.*?)(?:\s*\{#([\w-]+)\})?$", line)
        item = re.match(r"^\s*(?:([-*])|(\d+)\.)\s+(.*)$", line)
        if not line.strip():
            flush()
        elif heading:
            flush()
            level, text, anchor = len(heading.group(1)), heading.group(2), heading.group(3)
            attr = f' id="{anchor}"' if anchor else ""
            name = f'<a name="{anchor}"></a>' if anchor else ""
            out.append(f"<h{level}{attr}>{name}{_inline(text)}</h{level}>")
        elif item:
            tag = "ul" if item.group(1) else "ol"
            if para:
                out.append(f"<p>{_inline(' '.join(para))}</p>")
                para.clear()
            if list_tag != tag:
                if list_tag:
                    out.append(f"</{list_tag}>")
                out.append(f"<{tag}>")
                list_tag = tag
            out.append(f"<li>{_inline(item.group(3))}</li>")
        elif line.startswith(">"):
            flush()
            out.append(f'<p class="note">{_inline(line.lstrip("> "))}</p>')
        elif list_tag and raw.startswith("  "):
            out[-1] = out[-1][: -len("</li>")] + " " + _inline(line.strip()) + "</li>"
        else:
            if list_tag:
                out.append(f"</{list_tag}>")
                list_tag = None
            para.append(line.strip())
    flush()
    return "\n".join(out)


# --------------------------------------------------------------------------------------------------- rule set page


_TAG = re.compile(r"\s*\[(?:V|M|L)\]")


def _untagged(text: str) -> str:
    """A rule set's own text without its [V]/[M]/[L] tag: the sentence after it says the same in words."""
    return _TAG.sub("", text)


def _confidence(code: str) -> str:
    if code == "V" or code not in CONFIDENCE_SENTENCES:
        return ""
    return f' <span class="check">{html.escape(CONFIDENCE_SENTENCES[code])}</span>'


def _condition(cond: Mapping[str, Any], names: Mapping[str, str]) -> str:
    if "title" in cond:
        return f"đạt «{names.get(cond['title'], cond['title'])}»"
    if "rating" in cond:
        return f"xếp loại «{str(RATING_LABELS.get(cond['rating'], cond['rating'])).lower()}» trở lên"
    return ", ".join(f"{k} = {v}" for k, v in cond.items())


_SHARES = {
    "lao_dong_tien_tien": "thành viên đạt Lao động tiên tiến",
    "completed_tasks": "thành viên hoàn thành nhiệm vụ",
    "cstd_co_so": "thành viên đạt Chiến sĩ thi đua cơ sở",
    "disciplined_canh_cao_or_above": "thành viên bị kỷ luật từ mức cảnh cáo trở lên",
}


def describe_criterion(c: Criterion, names: Mapping[str, str]) -> str:
    """One criterion in plain Vietnamese (its label when the rule set gives one)."""
    if c.label:
        return c.label
    p = c.params
    if c.check == "not_pending_review":
        return "Không đang bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra hoặc giải quyết khiếu nại, tố cáo"
    if c.check == "no_discipline":
        return "Không bị kỷ luật hoặc thời hạn kỷ luật đã hết trong năm xét"
    if c.check == "rating_at_least":
        return f"Xếp loại «{str(RATING_LABELS.get(p.get('rating', ''), p.get('rating'))).lower()}» trở lên trong năm xét"
    if c.check == "months_since_hired":
        return f"Đã công tác từ {p.get('months')} tháng trở lên (mới tuyển dụng dưới {p.get('months')} tháng thì không xét)"
    if c.check == "consecutive_years":
        return f"{p.get('n')} năm liên tục {_condition(p.get('condition', {}), names)}"
    if c.check == "initiatives":
        scope = {"co-so": "cơ sở", "tinh": "tỉnh", "toan-quoc": "toàn quốc"}.get(p.get("scope", ""), p.get("scope"))
        return f"Có ít nhất {p.get('count', 1)} sáng kiến được công nhận ở phạm vi {scope} trong {p.get('years', 1)} năm"
    if c.check == "member_share":
        what = _SHARES.get(p.get("field", ""), p.get("field"))
        if "more_than" in p:
            return f"Trên {p['more_than']:.0%} {what}"
        if "at_least" in p:
            return f"Ít nhất {p['at_least']:.0%} {what}"
        if "min_count" in p:
            return f"Có ít nhất {p['min_count']} {what}"
        return f"Không có {what}"
    if c.check == "meets_award":
        return f"Đạt tiêu chuẩn «{names.get(p.get('award', ''), p.get('award'))}»"
    if c.check == "has_title":
        return f"Đạt danh hiệu «{names.get(p.get('title', ''), p.get('title'))}» trong năm xét"
    if c.check == "count_in_window":
        since = " hoặc ".join(names.get(s, s) for s in p.get("since", []))
        return (f"Ít nhất {p.get('count')} lần {_condition(p.get('what', {}), names)} kể từ khi được {since}"
                if since else f"Ít nhất {p.get('count')} lần {_condition(p.get('what', {}), names)}")
    if c.check == "prior_then_years":
        return "Đã có hình thức khen thưởng trước đó, sau đó đủ số năm liên tục theo quy định"
    if c.check == "form_attested":
        return f"Đơn vị xác nhận: {p.get('text', p.get('key'))}"
    if c.check == "any_of":
        return "Một trong các điều kiện: " + "; hoặc ".join(describe_criterion(a, names) for a in c.alternatives)
    if c.check == "manual":
        return "Kiểm tra thủ công theo văn bản"
    return c.id


def _components_table(rs: RuleSet) -> list[str]:
    out = ['<table class="grid" cellspacing="0" cellpadding="4">',
           "<tr><th>Thành phần</th><th>Nội dung</th><th>Lập cho</th><th>Căn cứ</th></tr>"]
    for comp in rs.components.values():
        per = "mỗi người, tập thể, hộ" if comp.per == "nominee" else "cả hồ sơ"
        out.append(f'<tr><td><a name="tp-{comp.code}"></a><b>{html.escape(comp.name)}</b></td>'
                   f"<td>{html.escape(comp.description)}</td><td>{per}</td><td>{html.escape(comp.basis)}</td></tr>")
    out.append("</table>")
    return out


def _award_block(a: Award, rs: RuleSet, names: Mapping[str, str]) -> list[str]:
    subjects = ", ".join(SUBJECT_LABELS.get(s, s) for s in a.subjects)
    comps = ", ".join(f'<a href="#tp-{c}">{html.escape(rs.components[c].name)}</a>'
                      for c in a.components if c in rs.components)
    out = [f'<h3><a name="kt-{a.code}"></a>{html.escape(a.name)}</h3>',
           f"<p><b>Đối tượng:</b> {subjects}. <b>Thẩm quyền quyết định:</b> {html.escape(a.decider.label)}. "
           f"<b>Căn cứ:</b> {html.escape(a.basis)}{_confidence(a.confidence)}</p>"]
    if comps:
        out.append(f"<p><b>Hồ sơ gồm:</b> {comps}.</p>")
    simplified = ", ".join(html.escape(rs.components[c].name) for c in a.components_simplified
                           if c in rs.components)
    if simplified:
        out.append(f"<p><b>Thủ tục đơn giản:</b> {simplified}.</p>")
    if a.criteria:
        out.append("<p><b>Tiêu chuẩn HSKT kiểm tra:</b></p><ul>")
        for c in a.criteria:
            who = f" ({', '.join(SUBJECT_LABELS.get(s, s) for s in c.subjects)})" if c.subjects else ""
            out.append(f"<li>{html.escape(describe_criterion(c, names))}{who} — "
                       f"<i>{html.escape(c.basis)}</i>{_confidence(c.confidence)}</li>")
        out.append("</ul>")
    else:
        out.append("<p><i>HSKT chưa tự kiểm tra tiêu chuẩn của hình thức này: cán bộ đối chiếu văn bản.</i></p>")
    if a.note:
        out.append(f'<p class="note">{html.escape(a.note)}</p>')
    return out


def ruleset_html(rs: RuleSet) -> str:
    """Every dossier component and every award the rule set can propose, each with the article it comes from."""
    names = {code: a.name for code, a in rs.awards.items()}
    until = f" đến {rs.valid_to:%d/%m/%Y}" if rs.valid_to else ""
    out = ["<h1>Thành phần hồ sơ và căn cứ pháp lý</h1>",
           f"<p>Bộ quy tắc đang dùng: <b>{html.escape(rs.title)}</b> (mã {html.escape(rs.name)}, phiên bản "
           f"{html.escape(rs.version)}, áp dụng từ {rs.valid_from:%d/%m/%Y}{until}).</p>",
           "<p><b>Căn cứ:</b></p><ul>", *(f"<li>{html.escape(b)}</li>" for b in rs.legal_basis), "</ul>",
           f'<p class="note">Mục có ghi «{CONFIDENCE_SENTENCES["M"]}» là quy định HSKT chưa đối chiếu được '
           "nguyên văn; hãy đối chiếu văn bản gốc hoặc hỏi Phòng/Sở Nội vụ trước khi dựa vào.</p>",
           '<h2 id="thanh-phan">Thành phần hồ sơ</h2>', *_components_table(rs)]
    proposable = [a for a in rs.awards.values() if not a.historical]
    for kind, title in (("title", "Danh hiệu thi đua"), ("form", "Hình thức khen thưởng")):
        group = [a for a in proposable if a.kind == kind]
        if group:
            out.append(f'<h2 id="{kind}">{title}</h2>')
            for a in group:
                out += _award_block(a, rs, names)
    if rs.option_specs:
        out.append('<h2 id="tuy-chon">Tùy chọn của bộ quy tắc</h2><ul>')
        for o in rs.option_specs.values():
            out.append(f"<li>{html.escape(_untagged(o.label))}: <b>{_option_value(o.value)}</b> — "
                       f"<i>{html.escape(o.basis)}</i>{_confidence(o.confidence)}</li>")
        out.append("</ul>")
    historical = sum(a.historical for a in rs.awards.values())
    if historical:
        out.append(f"<p><i>Ngoài ra bộ quy tắc còn giữ {historical} hình thức cũ chỉ để ghi nhận thành tích đã có "
                   "(không đề nghị mới được).</i></p>")
    return "\n".join(out)


def _option_value(value: object) -> str:
    if isinstance(value, bool):
        return "có" if value else "không"
    return str(value)


# --------------------------------------------------------------------------------------------------- pages, search

STYLE = """
<style>
h1 { color: #8c1d18; font-size: 20pt; }
h2 { color: #8c1d18; font-size: 15pt; margin-top: 18px; }
h3 { font-size: 12.5pt; margin-top: 14px; }
p, li, td, th { font-size: 11pt; }
p.note { background: #fff6d8; padding: 6px; }
span.check { color: #a04000; font-style: italic; }
span.ok { color: #2e7d32; }
table.grid { border: 1px solid #bbb; border-collapse: collapse; }
table.grid th { background: #f0e6e5; text-align: left; }
table.grid td, table.grid th { border: 1px solid #ccc; vertical-align: top; }
</style>
"""


def page_html(topic_id: str, rs: RuleSet | None = None) -> str:
    """One page as a complete HTML document, ready for QTextBrowser."""
    t = topic(topic_id)
    if t.file is None:
        body = ruleset_html(rs) if rs is not None else "<p>Chưa nạp được bộ quy tắc.</p>"
    else:
        path = help_dir() / t.file
        try:
            body = markdown_to_html(path.read_text(encoding="utf-8"))
        except OSError:
            body = f"<h1>{html.escape(t.title)}</h1><p>Không tìm thấy trang trợ giúp {html.escape(str(path))}.</p>"
    return f"<html><head>{STYLE}</head><body>{body}</body></html>"


def _plain(html_text: str) -> str:
    text = re.sub(r"<style>.*?</style>", " ", html_text, flags=re.S)
    plain = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return re.sub(r"\s+([,.:;?!)\]])", r"\1", plain)


@dataclass(frozen=True)
class Hit:
    topic: str
    title: str
    count: int
    snippet: str


def search(query: str, pages: Iterable[tuple[Topic, str]]) -> list[Hit]:
    """Pages containing every word of `query`, accents optional ("sang kien" finds "sáng kiến"): the hand-written
    pages first, most hits first, then the long generated rule-set page."""
    words = fold(query).split()
    if not words:
        return []
    hits = []
    for t, page in pages:
        plain = " ".join(_plain(page).split())
        folded = fold(plain)  # same length as `plain`: folding maps each character to one character
        if not all(w in folded for w in words):
            continue
        count = sum(folded.count(w) for w in words) + 5 * sum(w in fold(t.title) for w in words)
        at = folded.find(words[0]) if len(folded) == len(plain) else 0
        start = max(0, at - 40)
        snippet = ("…" if start else "") + plain[start:at + 60].strip() + "…"
        hits.append(Hit(t.id, t.title, count, snippet))
    generated = {t.id for t in TOPICS if t.file is None}
    return sorted(hits, key=lambda h: (h.topic in generated, -h.count))


# Vietnamese letters by their unmarked base, for highlighting a query typed without accents.
_VARIANTS = {
    "a": "aàáảãạăằắẳẵặâầấẩẫậ", "e": "eèéẻẽẹêềếểễệ", "i": "iìíỉĩị", "o": "oòóỏõọôồốổỗộơờớởỡợ",
    "u": "uùúủũụưừứửữự", "y": "yỳýỷỹỵ", "d": "dđ",
}


def highlight_pattern(query: str) -> str:
    """A case-insensitive regular expression matching the query's words with or without Vietnamese marks
    ("sang kien" matches "sáng kiến"), for QRegularExpression."""
    parts = []
    for word in fold(query).split():
        parts.append("".join(f"[{_VARIANTS[ch]}]" if ch in _VARIANTS else re.escape(ch) for ch in word))
    return "|".join(parts)


def all_pages(rs: RuleSet | None) -> list[tuple[Topic, str]]:
    return [(t, page_html(t.id, rs)) for t in TOPICS]
