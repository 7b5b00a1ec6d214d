"""Building blocks every form shares: styles, the NĐ 30 header (Mẫu 1.4), the document type and trích yếu,
narrative paragraphs, the signer block with "Nơi nhận:", and tables with a repeated header row."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from desktop.documents import fonts
from desktop.documents.context import RenderContext, Signer
from desktop.documents.frame import SignatureMark
from desktop.vn.dates import long_date

NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
HEADER_SIZE = 13  # names of bodies, number, place and date
NATIONAL_SIZE = 12.5  # 12–13: keeps the quốc hiệu on one line beside a long body name
TABLE_SIZE = 12
DOTS = "…………"


def upper(text: str) -> str:
    return text.upper()


def blank_date_text(place: str, year: int | None) -> str:
    """The date line of an undated draft, left for the clerk to write in."""
    return f"{place}, ngày {DOTS} tháng {DOTS} năm {year if year else '20…'}"


def place_date_text(place: str, d: date | None, year: int | None = None) -> str:
    return f"{place}, {long_date(d)}" if d else blank_date_text(place, year)


ON_SIGNING = " (cấp khi ký)"


def letter_date_text(ctx: RenderContext, place: str, year: int | None) -> str:
    """The letter's place and date; a date that signing will give is marked "(cấp khi ký)"."""
    text = place_date_text(place, ctx.letter_date, year)
    return text + ON_SIGNING if ctx.number_pending and ctx.letter_date else text


def report_date_text(ctx: RenderContext, place: str, year: int | None) -> str:
    """A báo cáo's place and date: the day it is signed (`report_date`, on or before the meeting), else the letter's."""
    if ctx.report_date is not None:
        return place_date_text(place, ctx.report_date, year)
    return letter_date_text(ctx, place, year)


def letter_number_text(ctx: RenderContext, doc_type: str) -> str:
    """"Số: 05/TTr-UBND"; a number that signing will give is marked "(cấp khi ký)"."""
    from desktop.documents.numbering import document_number

    text = document_number(ctx.letter_number, doc_type, ctx.body_code)
    return text + ON_SIGNING if ctx.number_pending and ctx.letter_number is not None else text


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    plain: ParagraphStyle
    bullet: ParagraphStyle
    heading: ParagraphStyle
    doc_type: ParagraphStyle
    summary: ParagraphStyle
    centre: ParagraphStyle
    centre_italic: ParagraphStyle
    cell: ParagraphStyle
    cell_centre: ParagraphStyle
    cell_head: ParagraphStyle
    sign_head: ParagraphStyle
    sign_note: ParagraphStyle
    sign_name: ParagraphStyle
    recipients_head: ParagraphStyle
    recipients: ParagraphStyle


def styles(ctx: RenderContext) -> Styles:
    return _styles(ctx.body_size)


@functools.cache
def _styles(s: float) -> Styles:
    """One set of styles per body size for the whole process: cells' parses are shared by style identity."""
    fonts.register()  # Paragraph resolves bold and italic faces when it is built, not when it is drawn
    lead = round(s * 1.25, 2)
    # NĐ 30: first-line indent 1–1.27 cm, line spacing single to 1.5, at least 6 pt between paragraphs.
    body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=s, leading=lead, alignment=TA_JUSTIFY,
                          firstLineIndent=12.7 * mm, spaceAfter=6)
    plain = ParagraphStyle("plain", parent=body, firstLineIndent=0)
    cell = ParagraphStyle("cell", fontName=fonts.REGULAR, fontSize=TABLE_SIZE, leading=TABLE_SIZE * 1.2,
                          alignment=TA_LEFT)
    return Styles(
        body=body,
        plain=plain,
        bullet=ParagraphStyle("bullet", parent=body, firstLineIndent=0, leftIndent=12.7 * mm,
                              bulletIndent=12.7 * mm - 6 * mm, bulletFontName=fonts.REGULAR, bulletFontSize=s),
        heading=ParagraphStyle("heading", parent=plain, fontName=fonts.BOLD, spaceBefore=6, keepWithNext=1,
                               alignment=TA_LEFT),
        doc_type=ParagraphStyle("doc_type", fontName=fonts.BOLD, fontSize=14, leading=17, alignment=TA_CENTER,
                                spaceBefore=18),
        summary=ParagraphStyle("summary", fontName=fonts.BOLD, fontSize=14, leading=17, alignment=TA_CENTER),
        centre=ParagraphStyle("centre", parent=plain, alignment=TA_CENTER, spaceAfter=0),
        centre_italic=ParagraphStyle("centre_italic", parent=plain, fontName=fonts.ITALIC, alignment=TA_CENTER,
                                     spaceAfter=0),
        cell=cell,
        cell_centre=ParagraphStyle("cell_centre", parent=cell, alignment=TA_CENTER),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=fonts.BOLD, alignment=TA_CENTER),
        sign_head=ParagraphStyle("sign_head", fontName=fonts.BOLD, fontSize=s, leading=lead, alignment=TA_CENTER),
        sign_note=ParagraphStyle("sign_note", fontName=fonts.ITALIC, fontSize=12, leading=14, alignment=TA_CENTER),
        sign_name=ParagraphStyle("sign_name", fontName=fonts.BOLD, fontSize=s, leading=lead, alignment=TA_CENTER),
        recipients_head=ParagraphStyle("recipients_head", fontName=fonts.BOLD_ITALIC, fontSize=12, leading=14),
        recipients=ParagraphStyle("recipients", fontName=fonts.REGULAR, fontSize=11, leading=13),
    )


_PLAIN = re.compile(r"[^<>&\s\x00-\x1f\x7f-\x9f\u2028\u2029]+(?: [^<>&\s\x00-\x1f\x7f-\x9f\u2028\u2029]+)*")


class Para(Paragraph):
    """A paragraph laid out once per width. The frame, KeepTogether and TableGroup each measure what they place, so
    a plain Paragraph broke its lines two or three times; the lines depend on the width alone (never on the height
    left), and a split makes new paragraphs."""

    _wrapped_for: float | None = None
    _templates: ClassVar[dict[int, tuple[ParagraphStyle, Any]]] = {}

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._wrapped_for == availWidth and hasattr(self, "blPara"):  # a split that moves it on drops its lines
            return self.width, self.height
        result = super().wrap(availWidth, availHeight)
        self._wrapped_for = availWidth
        return result

    @classmethod
    def plain(cls, text: str, style: ParagraphStyle, **kw: Any) -> Any:
        """Plain text without the markup parser: it would make one run in the style's font of the same text, so
        that run is cloned from the style's own (a third of a form's paragraphs are names, dates and numbers)."""
        if not _PLAIN.fullmatch(text) or getattr(style, "textTransform", None):
            return cls(escape(text), style, **kw)
        hit = cls._templates.get(id(style))
        if hit is None or hit[0] is not style:
            template = Paragraph("x", style)
            if len(template.frags) != 1:
                return cls(escape(text), style, **kw)
            hit = cls._templates[id(style)] = (style, template.frags[0])  # holds the style: its id stays its own
        return cls(escape(text), style, frags=[hit[1].clone(text=text)], **kw)


class CellParagraph(Para):
    """A table cell's paragraph: a long table re-measures every remaining row each time it splits at a page end,
    which made a 500-row list cost quadratic time; laid out once per width, and identical cells parsed once."""

    _parsed: ClassVar[dict[tuple[str, int], tuple[ParagraphStyle, list[Any]]]] = {}

    @classmethod
    def of(cls, markup: str, style: ParagraphStyle) -> CellParagraph:
        """Reuse the parse of identical cells ("Lao động tiên tiến", "8/8", "Đạt" five hundred times)."""
        key = (markup, id(style))
        hit = cls._parsed.get(key)
        if hit is None:
            # markup without '<', '>' or '&' is its own plain text
            cell = cls.plain(markup, style) if _PLAIN.fullmatch(markup) else cls(markup, style)
            if len(cls._parsed) > 20_000:
                cls._parsed.clear()
            cls._parsed[key] = (cell.style, cell.frags)
            return cell
        return cls(markup, hit[0], frags=hit[1])


def p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (never markup: names may contain '&' or '<')."""
    return Para.plain(text, style)


def pm(markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph whose text is trusted markup built here (bold labels); values inside must be escaped."""
    return Para(markup, style)


# ------------------------------------------------------------------------------------------------- header


class HeaderBlock(Flowable):
    """NĐ 30 Phụ lục III, Mẫu 1.4: body names and the number on the left, quốc hiệu, tiêu ngữ and the place and date
    on the right, the number and the date on one line. `left=None` centres the quốc hiệu (reports, Mẫu 03)."""

    def __init__(self, right_date: str, parent: str | None, body: str | None, number: str | None,
                 gap_before_date: float = 6) -> None:
        super().__init__()
        self.parent = upper(parent) if parent else None
        self.body = upper(body) if body else None
        self.number = number
        self.date_text = right_date
        self.gap = gap_before_date

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.aw = aw
        qh_w = fonts.width(NATIONAL_NAME, fonts.BOLD, NATIONAL_SIZE)
        has_left = bool(self.body or self.parent)
        self.right_w = min(aw, qh_w + 8) if has_left else aw
        self.left_w = aw - self.right_w - 4 if has_left else 0
        lead = HEADER_SIZE * 1.2
        self.parent_lines = _split_name(self.parent, fonts.REGULAR, self.left_w) if self.parent else []
        self.body_lines = _split_name(self.body, fonts.BOLD, self.left_w) if self.body else []
        left_h = lead * (len(self.parent_lines) + len(self.body_lines)) + 5
        right_h = NATIONAL_SIZE * 1.2 + lead + 3
        self.number_top = max(left_h, right_h) + self.gap
        date_lines = simpleSplit(self.date_text, fonts.ITALIC, HEADER_SIZE, self.right_w)
        self.date_lines = date_lines
        self.height = self.number_top + lead * max(1, len(date_lines)) + 2
        return aw, self.height

    def draw(self) -> None:
        c = self.canv
        lead = HEADER_SIZE * 1.2
        top = self.height
        # Left column: managing body (regular), issuing body (bold) with a short rule, then the number.
        if self.left_w:
            cx = self.left_w / 2
            y = top - HEADER_SIZE
            c.setFont(fonts.REGULAR, HEADER_SIZE)
            for line in self.parent_lines:
                c.drawCentredString(cx, y, line)
                y -= lead
            c.setFont(fonts.BOLD, HEADER_SIZE)
            widest = 0.0
            for line in self.body_lines:
                c.drawCentredString(cx, y, line)
                widest = max(widest, fonts.width(line, fonts.BOLD, HEADER_SIZE))
                y -= lead
            if self.body_lines:
                rule = widest * 0.4  # 1/3–1/2 of the name's line
                c.setLineWidth(0.6)
                c.line(cx - rule / 2, y + lead - 6, cx + rule / 2, y + lead - 6)
            if self.number:
                c.setFont(fonts.REGULAR, HEADER_SIZE)
                c.drawCentredString(cx, top - self.number_top - HEADER_SIZE, self.number)
        # Right column: quốc hiệu, tiêu ngữ with a rule as long as the text, then the place and date in italics.
        rx = self.aw - self.right_w / 2
        y = top - NATIONAL_SIZE
        c.setFont(fonts.BOLD, NATIONAL_SIZE)
        c.drawCentredString(rx, y, NATIONAL_NAME)
        y -= lead
        c.setFont(fonts.BOLD, HEADER_SIZE)
        c.drawCentredString(rx, y, MOTTO)
        motto_w = fonts.width(MOTTO, fonts.BOLD, HEADER_SIZE)
        c.setLineWidth(0.6)
        c.line(rx - motto_w / 2, y - 3, rx + motto_w / 2, y - 3)
        c.setFont(fonts.ITALIC, HEADER_SIZE)
        y = top - self.number_top - HEADER_SIZE
        date_x = rx if self.left_w else self.aw - fonts.width(self.date_lines[0], fonts.ITALIC, HEADER_SIZE) / 2
        for line in self.date_lines:
            c.drawCentredString(date_x, y, line)
            y -= lead


_COMMITTEE = "ỦY BAN NHÂN DÂN "


def _split_name(name: str, font: str, width: float) -> list[str]:
    """Lines of a body's name: "ỦY BAN NHÂN DÂN" stands on its own line, as every People's Committee prints it;
    a long name breaks at its " - " first ("HỘI ĐỒNG THI ĐUA -" / "KHEN THƯỞNG") rather than mid-phrase."""
    parts = [_COMMITTEE.strip(), name[len(_COMMITTEE):]] if name.startswith(_COMMITTEE) else [name]
    out: list[str] = []
    for part in parts:
        if fonts.width(part, font, HEADER_SIZE) > width and " - " in part:
            head, tail = part.split(" - ", 1)
            out += simpleSplit(head + " -", font, HEADER_SIZE, width) + simpleSplit(tail, font, HEADER_SIZE, width)
        else:
            out += simpleSplit(part, font, HEADER_SIZE, width)
    return out


class Rule(Flowable):
    """A short solid line, centred: under the trích yếu."""

    def __init__(self, length: float, space_before: float = 5, space_after: float = 10) -> None:
        super().__init__()
        self.length = length
        self.before = space_before
        self.after = space_after

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.aw = aw
        return aw, self.before + self.after

    def draw(self) -> None:
        self.canv.setLineWidth(0.6)
        y = self.after
        self.canv.line((self.aw - self.length) / 2, y, (self.aw + self.length) / 2, y)


def title_block(st: Styles, doc_type: str, summary: Sequence[str] = (), width: float = 0) -> list[Flowable]:
    """Document type in bold capitals and the trích yếu under it, with its short rule."""
    out: list[Flowable] = [p(upper(doc_type), st.doc_type)]
    for line in summary:
        out.append(p(line, st.summary))
    longest = max([fonts.width(x, fonts.BOLD, 14) for x in (summary or [upper(doc_type)])] + [0.0])
    out.append(Rule(min(longest, width or longest) / 3))
    return out


# ------------------------------------------------------------------------------------------------- narrative


def narrative(text: str | None, st: Styles, placeholder: str | None = None) -> list[Flowable]:
    """Paragraphs separated by blank lines; lines starting with "- " become simple bullets (dossier-extensions.md)."""
    if not text or not text.strip():
        return [p(placeholder, st.body)] if placeholder else []
    out: list[Flowable] = []
    for block in text.replace("\r\n", "\n").split("\n\n"):
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        para: list[str] = []
        for line in lines:
            if line.startswith(("- ", "+ ", "• ")):
                if para:
                    out.append(p(" ".join(para), st.body))
                    para = []
                out.append(Para.plain(line[2:].strip(), st.bullet, bulletText="-"))
            else:
                para.append(line)
        if para:
            out.append(p(" ".join(para), st.body))
    return out


# ------------------------------------------------------------------------------------------------- signatures


SIGNATURE_HEIGHT = 26 * mm


def signer_column(st: Styles, signer: Signer, marks: list[SignatureMark] | None, width: float,
                  note: str | None = None) -> list[Flowable]:
    """Authority prefix and title in bold capitals, room for the signature (and seal), then the name."""
    out: list[Flowable] = []
    if signer.prefix:
        out.append(p(upper(signer.prefix), st.sign_head))
    out.append(p(upper(signer.deputy_title or signer.title), st.sign_head))
    if note:
        out.append(p(note, st.sign_note))
    mark = SignatureMark(width, SIGNATURE_HEIGHT)
    if marks is not None:
        marks.append(mark)
    out.append(mark)
    out.append(p(signer.name or DOTS * 2, st.sign_name))
    return out


def recipients_column(st: Styles, entries: Sequence[str]) -> list[Flowable]:
    out: list[Flowable] = [p("Nơi nhận:", st.recipients_head)]
    items = list(entries) or ["Như trên;", "Lưu: VT."]
    for i, entry in enumerate(items):
        text = entry if entry.startswith("-") else f"- {entry}"
        last = i == len(items) - 1
        if not text.rstrip().endswith((";", ".")):
            text += "." if last else ";"
        out.append(p(text, st.recipients))
    return out


def closing_block(st: Styles, width: float, signer: Signer, recipients: Sequence[str] | None,
                  marks: list[SignatureMark]) -> Flowable:
    """Mẫu 1.4's last row: "Nơi nhận:" on the left, the signer on the right; never split across pages."""
    left_w = width * 0.45
    right_w = width - left_w
    left = recipients_column(st, recipients) if recipients is not None else [Spacer(1, 1)]
    table = Table([[left, signer_column(st, signer, marks, right_w - 12)]], colWidths=[left_w, right_w])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 12),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("LEFTPADDING", (1, 0), (1, 0), 6),
        ("RIGHTPADDING", (1, 0), (1, 0), 6),
    ]))
    return KeepTogether([Spacer(1, 8), table])


def attach(story: list[Flowable], closing: Flowable) -> None:
    """Append a signature block so that it never stands alone on a page (a page with only signatures invites
    substitution of the pages before it): it stays with the last rows of a table before it, or with the paragraph
    before it; a second block (the confirming level) joins the first. Then every table of the story is kept with the
    headings that introduce it (see `TableGroup`)."""
    inner = list(closing._content) if isinstance(closing, KeepTogether) else [closing]
    last = story[-1] if story else None
    if isinstance(last, TableGroup):
        last.after.extend(inner)
    elif isinstance(last, KeepTogether) and getattr(last, "_hskt_closing", False):
        last._content.extend(inner)
    else:
        trailing: list[Flowable] = []
        while story and isinstance(story[-1], (Paragraph, Spacer)) and len(trailing) < 3:
            trailing.insert(0, story.pop())
        if story and is_data_table(story[-1]):
            table = story.pop()
            story.append(TableGroup(_lead_in(story), table, [*trailing, *inner]))
        else:
            # KeepTogether reports an endless height to force its split, so nesting one would push the block off
            # the page: the closing's content is flattened into it.
            keep = trailing[-1:]
            story.extend(trailing[:-1])
            group = KeepTogether([*keep, *inner])
            group._hskt_closing = True
            story.append(group)
    keep_tables(story)


def is_data_table(f: object) -> bool:
    return isinstance(f, Table) and getattr(f, "_hskt_data", False)


def _lead_in(story: list[Flowable]) -> list[Flowable]:
    """Pop the headings (keepWithNext) and the "…:" line that introduce the next flowable, in order."""
    out: list[Flowable] = []
    while story and len(out) < 3:
        f = story[-1]
        if not isinstance(f, Paragraph):
            break
        text = f.getPlainText().strip()
        if not (getattr(f.style, "keepWithNext", 0) or text.endswith(":")):
            break
        out.insert(0, story.pop())
    return out


def keep_tables(story: list[Flowable]) -> None:
    """Wrap each data table still standing alone with its lead-in: ReportLab's keepWithNext would move a heading and
    a whole long table to the next page, leaving this one half empty."""
    i = 0
    while i < len(story):
        if is_data_table(story[i]):
            before = story[:i]
            lead = _lead_in(before)
            group = TableGroup(lead, story[i], [])
            story[:] = [*before, group, *story[i + 1:]]
            i = len(before)
        i += 1


class TableGroup(Flowable):
    """A table with what must stay with it: the headings before it stay with its header and first rows, the
    closing after it (a total, the signature block) with its last rows, and no page begins with a single row.

    Always split (like KeepTogether), so the frame tells it how much room is left and whether the page is fresh."""

    MIN_ROWS = 2

    def __init__(self, before: list[Flowable], table: Table, after: list[Flowable]) -> None:
        super().__init__()
        self.before = before
        self.table = table
        self.after = after

    def _height(self, items: Sequence[Flowable], aw: float) -> float:
        h = 0.0
        for i, f in enumerate(items):
            h += f.wrapOn(self.canv, aw, 0xFFFFFF)[1] + f.getSpaceAfter() + (f.getSpaceBefore() if i else 0)
        return h

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return aw, 0xFFFFFF  # force a split: the decision needs the frame

    def draw(self) -> None:  # never drawn itself: split always hands its parts to the frame
        pass

    def split(self, aw: float, ah: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        at_top = bool(getattr(frame, "_atTop", True))
        t = self.table
        hb = self._height(self.before, aw)
        ha = self._height(self.after, aw)
        th = t.wrapOn(self.canv, aw, 0xFFFFFF)[1]
        gap = t.getSpaceBefore() + t.getSpaceAfter()
        whole = [*self.before, t, *self.after]
        if hb + th + ha + gap <= ah:
            return whole
        heights = list(t._rowHeights)
        head = int(t.repeatRows) if isinstance(t.repeatRows, int) else len(t.repeatRows)
        rows = heights[head:]
        n = len(rows)
        least = min(self.MIN_ROWS, n)
        room = ah - hb - t.getSpaceBefore() - sum(heights[:head])
        fit, used = 0, 0.0
        for rh in rows:
            if used + rh > room:
                break
            used += rh
            fit += 1
        here = min(fit, n - least)  # the rows that go on to the next page are never fewer than `least`
        if here >= least and n > least:
            parts = t.split(aw, sum(heights[:head]) + sum(rows[:here]) + 0.5)
            if len(parts) == 2:
                return [*self.before, parts[0], TableGroup([], parts[1], self.after)]
        if not at_top:
            from reportlab.platypus.doctemplate import FrameBreak

            return [FrameBreak(), TableGroup(self.before, t, self.after)]
        return whole  # too big even for a fresh page: let the parts break where they can

def signers_row(st: Styles, width: float, columns: Sequence[tuple[Signer, str | None]],
                marks: list[SignatureMark]) -> Flowable:
    """Several signers side by side (biên bản: secretary and chair; reports: head of unit and the reporter).

    A grid, not columns of paragraphs, so the names stand on one line even when one title wraps."""
    col_w = width / len(columns)
    heads, notes, spaces, names = [], [], [], []
    for signer, note in columns:
        head: list[Flowable] = [p(upper(signer.prefix), st.sign_head)] if signer.prefix else []
        head.append(p(upper(signer.deputy_title or signer.title), st.sign_head))
        heads.append(head)
        notes.append(p(note, st.sign_note) if note else "")
        mark = SignatureMark(col_w - 12, SIGNATURE_HEIGHT)
        marks.append(mark)
        spaces.append(mark)
        names.append(p(signer.name or DOTS * 2, st.sign_name))
    table = Table([heads, notes, spaces, names], colWidths=[col_w] * len(columns))
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), fonts.REGULAR, 12),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]))
    return KeepTogether([Spacer(1, 10), table])


# ------------------------------------------------------------------------------------------------- tables


class DataTable(Table):
    """A data table: kept with its headings and closing (TableGroup), and laid out once per width — its rows have no
    fixed heights, so the layout depends on the width alone, and TableGroup measures it before the frame does."""

    _hskt_data = True
    _laid_out_for: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._laid_out_for != availWidth:
            super().wrap(availWidth, availHeight)
            self._laid_out_for = availWidth
        self.availWidth = availWidth
        return self._width, self._height


def data_table(st: Styles, header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float],
               centred: Sequence[int] = (), spans: Sequence[int] = ()) -> Table:
    """A ruled table whose header row repeats on every page it runs onto; cells wrap, nothing is clipped.

    `spans` are row indexes (in `rows`) that are group titles spanning every column."""
    data: list[list[object]] = [[CellParagraph.of(escape(h), st.cell_head) for h in header]]
    span_rows = set(spans)
    for r_i, row in enumerate(rows):
        if r_i in span_rows:
            data.append([CellParagraph.of(f"<b>{escape(str(row[0]))}</b>", st.cell)] + [""] * (len(header) - 1))
            continue
        cells: list[object] = []
        for c_i, value in enumerate(row):
            if isinstance(value, Flowable):
                cells.append(value)
            elif value is None or value == "":
                cells.append("")  # nothing to lay out
            else:
                cells.append(CellParagraph.of(escape(str(value)), st.cell_centre if c_i in centred else st.cell))
        data.append(cells)
    table = DataTable(data, colWidths=list(widths), repeatRows=1, spaceBefore=2, spaceAfter=8)
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
        ("FONT", (0, 0), (-1, -1), fonts.REGULAR, TABLE_SIZE),  # empty cells too: no unembedded base-14 font
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for r_i in spans:
        commands.append(("SPAN", (0, r_i + 1), (-1, r_i + 1)))
    table.setStyle(TableStyle(commands))
    return table
