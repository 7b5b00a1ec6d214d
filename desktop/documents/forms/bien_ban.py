"""Biên bản họp Hội đồng Thi đua - Khen thưởng (attendance, discussion, vote results) and Biên bản kiểm phiếu."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from desktop.awards.catalogue import load_ruleset
from desktop.awards.model import RuleSetError
from desktop.awards.votes import VoteRule, vote_rule
from desktop.documents.blocks import (
    DOTS,
    HeaderBlock,
    Styles,
    attach,
    data_table,
    narrative,
    p,
    place_date_text,
    signers_row,
    styles,
    title_block,
)
from desktop.documents.context import Meeting, Person, RenderContext, Signer
from desktop.documents.forms.common import campaign_year, nominee_label
from desktop.documents.frame import DocSpec, SignatureMark, text_width
from desktop.documents.numbering import document_number
from desktop.documents.stats import percent
from desktop.snapshot import Dossier
from desktop.vn.dates import long_date


def _rule(ctx: RenderContext, m: Meeting) -> VoteRule:
    """The rule set's vote threshold ([M], awards/votes.py), with the dossier's own switch of its base."""
    try:
        return vote_rule(load_ruleset(ctx.ruleset), m.vote_base_present) if ctx.ruleset else VoteRule()
    except RuleSetError:  # a broken resources folder must not stop a clerk from printing
        return VoteRule()


def _clock(value: str | None) -> str | None:
    """"14:00" → "14 giờ 00", as minutes write the time ("14 giờ 00" stays)."""
    if not value or ":" not in value:
        return value
    h, mi = value.split(":", 1)
    return f"{h} giờ {mi}"


def _person_line(x: Person) -> str:
    return f"{x.name}" + (f" - {x.title}" if x.title else "")


def _council(ctx: RenderContext) -> str:
    return ctx.council_name


def _header(d: Dossier, ctx: RenderContext, number: int | None, m: Meeting | None,
            numbered: bool = True) -> HeaderBlock:
    when = m.date if m else None
    return HeaderBlock(place_date_text(ctx.place, when, campaign_year(d)), ctx.issuing_body, _council(ctx),
                       document_number(number, "bien-ban", ctx.council_code) if numbered else None)


def _votes_table(st: Styles, d: Dossier, ctx: RenderContext, m: Meeting, width: float) -> Flowable:
    rule = _rule(ctx, m)
    by_id = {n.id: n for n in d.nominees}
    rows: list[list[object]] = []
    for i, v in enumerate(m.votes, start=1):
        n = by_id.get(v.nominee_id)
        who = nominee_label(n) if n else v.nominee_id
        base = rule.base(m.members_total, m.members_present, v.total)
        ok = (v.result or rule.result(v.award, v.agree, base)) == "dat"
        against = v.against if v.against is not None else v.total - v.agree
        rows.append([str(i), who, ctx.award_name(v.award), f"{v.agree}/{v.total}", f"{against}", percent(v.agree, base),
                     "Đạt" if ok else "Không đạt"])
    of = "số thành viên có mặt" if rule.present_base else "tổng số thành viên"
    return data_table(st, ["TT", "Tập thể, cá nhân, hộ gia đình", "Hình thức đề nghị", "Số phiếu đồng ý",
                           "Số phiếu không đồng ý", f"Tỷ lệ so với {of}", "Kết quả"], rows,
                      [11 * mm, width * 0.3, width * 0.7 - 79 * mm, 16 * mm, 16 * mm, 20 * mm, 16 * mm],
                      centred=(0, 3, 4, 5, 6))


def _signers(m: Meeting | None, width: float, st: Styles, marks: list[SignatureMark]) -> Flowable:
    secretary = m.secretary if m and m.secretary else Person("")
    chair = m.chair if m and m.chair else Person("")
    row = signers_row(st, width, [(Signer(title="Thư ký", name=secretary.name), None),
                                  (Signer(title="Chủ trì", name=chair.name), None)], marks)
    marks.reverse()  # the chair signs for the council
    return row


def meeting_minutes(d: Dossier, ctx: RenderContext) -> DocSpec:
    st = styles(ctx)
    width = text_width(ctx.margins)
    m = ctx.meeting
    year = campaign_year(d)
    story: list[Flowable] = [_header(d, ctx, m.number if m else None, m)]
    story += title_block(st, "Biên bản", [f"Họp {ctx.council_name}",
                                          f"xét đề nghị khen thưởng năm {year}" if year else "xét đề nghị khen thưởng"],
                         width)
    when = long_date(m.date) if m and m.date else f"ngày {DOTS} tháng {DOTS} năm {year or '20…'}"
    start = f"{_clock(m.start_time)}, " if m and m.start_time else ""
    story.append(p(f"Thời gian: {start}{when}.", st.body))
    story.append(p(f"Địa điểm: {m.place if m and m.place else DOTS * 3}.", st.body))
    present = m.members_present if m and m.members_present is not None else None
    total = m.members_total if m and m.members_total is not None else None
    story.append(p("I. THÀNH PHẦN", st.heading))
    if present is not None and total is not None:
        story.append(p(f"Có mặt {present:02d}/{total:02d} thành viên {ctx.council_name}, gồm:", st.body))
    else:
        story.append(p(f"Thành viên {ctx.council_name} có mặt gồm:", st.body))
    for i, who in enumerate(m.attendees if m else (), start=1):
        story.append(Paragraph(escape(f"{_person_line(who)};"), st.bullet, bulletText=f"{i}."))
    if m and m.absent:
        story.append(p(f"Vắng mặt {len(m.absent):02d} thành viên:", st.body))
        for i, a in enumerate(m.absent, start=1):
            why = f" ({a.reason})" if a.reason else ""
            story.append(Paragraph(escape(f"{_person_line(Person(a.name, a.title))}{why};"), st.bullet,
                                   bulletText=f"{i}."))
    if m and m.chair:
        story.append(p(f"Chủ trì: {honorific_of(m.chair)} {_person_line(m.chair)}.", st.body))
    if m and m.secretary:
        story.append(p(f"Thư ký: {honorific_of(m.secretary)} {_person_line(m.secretary)}.", st.body))
    story.append(p("II. NỘI DUNG", st.heading))
    story.append(p(
        f"Hội đồng nghe Thư ký trình bày tổng hợp đề nghị khen thưởng năm {year or ''} của các tập thể, cá nhân, hộ "
        f"gia đình; đối chiếu tiêu chuẩn theo quy định của Luật Thi đua, khen thưởng và văn bản hướng dẫn; thảo luận "
        f"và biểu quyết từng trường hợp.", st.body))
    if m and m.votes:
        story.append(p("Kết quả biểu quyết như sau:", st.body))
        story.append(_votes_table(st, d, ctx, m, width))
    else:
        story.append(p(f"Kết quả biểu quyết: {DOTS * 6}", st.body))
    story.append(p("III. KẾT LUẬN", st.heading))
    story += narrative(m.conclusion if m else None, st, DOTS * 8)
    end = f"vào lúc {_clock(m.end_time)} " if m and m.end_time else ""
    story.append(p(f"Cuộc họp kết thúc {end}cùng ngày. Biên bản đã được thông qua trước Hội đồng và các thành viên "
                   f"dự họp nhất trí./.", st.body))
    marks: list[SignatureMark] = []
    attach(story, _signers(m, width, st, marks))
    return DocSpec(title=f"Biên bản họp {ctx.council_name}", story=story, signature_marks=marks)


def honorific_of(x: Person) -> str:
    """Minutes address council members as "đồng chí": the data carries no gender for them."""
    return "đồng chí"


def ballot_count(d: Dossier, ctx: RenderContext) -> DocSpec:
    st = styles(ctx)
    width = text_width(ctx.margins)
    m = ctx.meeting or Meeting()
    year = campaign_year(d)
    story: list[Flowable] = [_header(d, ctx, None, m, numbered=False)]  # an annex of the minutes
    story += title_block(st, "Biên bản kiểm phiếu",
                         [f"Bầu chọn đề nghị khen thưởng năm {year}" if year else "Bầu chọn đề nghị khen thưởng"], width)
    when = long_date(m.date) if m.date else f"ngày {DOTS} tháng {DOTS} năm {year or '20…'}"
    story.append(p(f"Hôm nay, {when}, tại {m.place or DOTS * 3}, Ban kiểm phiếu của {ctx.council_name} tiến hành "
                   f"kiểm phiếu bầu chọn các tập thể, cá nhân, hộ gia đình đề nghị khen thưởng.", st.body))
    if m.counting_committee:
        story.append(p("Ban kiểm phiếu gồm:", st.body))
        for i, c in enumerate(m.counting_committee, start=1):
            role = "Trưởng ban" if c.role == "truong-ban" else "Thành viên"
            story.append(Paragraph(escape(f"{_person_line(Person(c.name, c.title))} - {role};"), st.bullet,
                                   bulletText=f"{i}."))
    ballots = max((v.total for v in m.votes), default=m.members_present or 0)
    story.append(p("I. SỐ PHIẾU", st.heading))
    for label, value in (("Tổng số thành viên Hội đồng", m.members_total), ("Số phiếu phát ra", ballots),
                         ("Số phiếu thu về", ballots), ("Số phiếu hợp lệ", ballots), ("Số phiếu không hợp lệ", 0)):
        text = f"{value:02d}" if isinstance(value, int) and (value or label.endswith("hợp lệ")) else (
            "00" if value == 0 else DOTS)
        story.append(Paragraph(escape(f"{label}: {text} phiếu;" if "phiếu" in label.lower()
                                      else f"{label}: {text} người;"), st.bullet, bulletText="-"))
    story.append(p("II. KẾT QUẢ KIỂM PHIẾU", st.heading))
    if m.votes:
        story.append(_votes_table(st, d, ctx, m, width))
    else:
        story.append(p(DOTS * 6, st.body))
    story.append(p("Ban kiểm phiếu lập biên bản này và công bố kết quả trước Hội đồng./.", st.body))
    marks: list[SignatureMark] = []
    head_of = next((c for c in m.counting_committee if c.role == "truong-ban"), None)
    head = Signer(title="Trưởng ban kiểm phiếu", name=head_of.name if head_of else "")
    chair = Signer(title="Chủ trì", name=m.chair.name if m.chair else "")
    attach(story, signers_row(st, width, [(head, None), (chair, None)], marks))
    marks.reverse()
    return DocSpec(title="Biên bản kiểm phiếu", story=story, signature_marks=marks)

