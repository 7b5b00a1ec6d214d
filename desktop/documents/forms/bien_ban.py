"""Biên bản họp Hội đồng Thi đua - Khen thưởng (NĐ 30/2020 Mẫu 1.9: time, place, attendance, content, vote on every
proposal, closing time) and Biên bản kiểm phiếu (the counting committee, the ballots, the results; its head signs)."""

from __future__ import annotations

import re
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
from desktop.documents.context import Meeting, Person, RenderContext, Signer, Vote
from desktop.documents.forms.common import campaign_year, nominee_label
from desktop.documents.frame import DocSpec, SignatureMark, text_width
from desktop.documents.numbering import document_number
from desktop.documents.stats import percent
from desktop.snapshot import Dossier
from desktop.vn.dates import long_date

RESULT_LABELS = {"dat": "Đạt", "khong-dat": "Không đạt"}


def _rule(ctx: RenderContext, m: Meeting) -> VoteRule:
    """The rule set's vote threshold ([M], awards/votes.py), with the dossier's own switch of its base."""
    try:
        return vote_rule(load_ruleset(ctx.ruleset), m.vote_base_present) if ctx.ruleset else VoteRule()
    except RuleSetError:  # a broken resources folder must not stop a clerk from printing
        return VoteRule()


def clock(value: str | None) -> str | None:
    """"14:00" (DOSSIER-JSON) → "14 giờ 00", as minutes write the time; other text as typed."""
    if not value:
        return None
    m = re.fullmatch(r"(\d{1,2})[:h](\d{2})", value.strip())
    return f"{int(m[1]):02d} giờ {m[2]}" if m else value


def _person_line(x: Person) -> str:
    return f"{x.name}" + (f" - {x.title}" if x.title else "")


def _header(d: Dossier, ctx: RenderContext, number: int | None, m: Meeting | None,
            numbered: bool = True) -> HeaderBlock:
    when = m.date if m else None
    return HeaderBlock(place_date_text(ctx.place, when, campaign_year(d)), ctx.issuing_body, ctx.council_name,
                       document_number(number, "bien-ban", ctx.council_code) if numbered else None)


def _proposals(d: Dossier) -> list[tuple[str, str]]:
    """(nominee id, award) of every proposal, once each, in the dossier's order: each one is voted on."""
    return list(dict.fromkeys((pr.nominee_id, pr.award) for pr in d.proposals))


def vote_result(v: Vote, rule: VoteRule, base: int) -> str:
    """The result the council recorded; computed from the votes and the rule set's threshold only when none was."""
    return RESULT_LABELS[v.result or rule.result(v.award, v.agree, base)]


def _votes_table(st: Styles, d: Dossier, ctx: RenderContext, m: Meeting, width: float) -> Flowable:
    """One row per proposal; a proposal without a recorded vote shows blanks to fill, never an invented count."""
    rule = _rule(ctx, m)
    by_id = {n.id: n for n in d.nominees}
    rows: list[list[object]] = []
    for i, (nid, award) in enumerate(_proposals(d), start=1):
        n = by_id.get(nid)
        who = nominee_label(n) if n else nid
        v = m.vote_for(nid, award)
        if v is None:
            rows.append([str(i), who, ctx.award_name(award), "…", "…", "…", "…"])
            continue
        against = v.against if v.against is not None else v.total - v.agree
        base = rule.base(m.members_total, m.members_present, v.total)
        rows.append([str(i), who, ctx.award_name(award), f"{v.agree:02d}", f"{against:02d}",
                     percent(v.agree, base), vote_result(v, rule, base)])
    of = "số thành viên có mặt" if rule.present_base else "tổng số thành viên"
    return data_table(st, ["TT", "Tập thể, cá nhân, hộ gia đình", "Hình thức đề nghị", "Số phiếu đồng ý",
                           "Số phiếu không đồng ý", f"Tỷ lệ đồng ý/ {of}", "Kết quả"], rows,
                      [9 * mm, width * 0.26, width * 0.74 - 85 * mm, 17 * mm, 20 * mm, 22 * mm, 17 * mm],
                      centred=(0, 3, 4, 5, 6))


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
    start = clock(m.start_time) if m else None
    story.append(p(f"Thời gian bắt đầu: {start or DOTS + ' giờ ' + DOTS}, {when}.", st.body))
    story.append(p(f"Địa điểm: {m.place if m and m.place else DOTS * 3}.", st.body))
    present = m.members_present if m and m.members_present is not None else None
    total = m.members_total if m and m.members_total is not None else None
    story.append(p("I. THÀNH PHẦN THAM DỰ", st.heading))
    if present is not None and total is not None:
        story.append(p(f"Có mặt {present:02d}/{total:02d} thành viên {ctx.council_name}, gồm:", st.body))
    else:
        story.append(p(f"Thành viên {ctx.council_name} có mặt gồm:", st.body))
    for i, who in enumerate(m.attendees if m else (), start=1):
        story.append(Paragraph(escape(f"{_person_line(who)};"), st.bullet, bulletText=f"{i}."))
    if not (m and m.attendees):  # the names are written in by hand until the meeting screen has them
        story.append(Paragraph(escape(f"{DOTS * 4};"), st.bullet, bulletText="1."))
    missing = (total - present) if present is not None and total is not None else 0
    if m and m.absent:
        story.append(p(f"Vắng mặt {len(m.absent):02d} thành viên:", st.body))
        for i, a in enumerate(m.absent, start=1):
            reason = f" ({a.reason})" if a.reason else ""
            story.append(Paragraph(escape(f"{_person_line(Person(a.name, a.title))}{reason};"), st.bullet,
                                   bulletText=f"{i}."))
    elif missing > 0:
        story.append(p(f"Vắng mặt {missing:02d} thành viên: {DOTS * 4}", st.body))
    else:
        story.append(p("Vắng mặt: không.", st.body))
    story.append(p(f"Chủ trì: {_honorific()} {_person_line(m.chair) if m and m.chair else DOTS * 3}.", st.body))
    story.append(p(f"Thư ký: {_honorific()} {_person_line(m.secretary) if m and m.secretary else DOTS * 3}.",
                   st.body))
    story.append(p("II. NỘI DUNG", st.heading))
    story.append(p(
        f"Hội đồng nghe Thư ký trình bày tổng hợp đề nghị khen thưởng năm {year or ''} của các tập thể, cá nhân, hộ "
        f"gia đình; đối chiếu tiêu chuẩn theo quy định của Luật Thi đua, khen thưởng và văn bản hướng dẫn; thảo luận "
        f"và biểu quyết từng trường hợp.", st.body))
    story.append(p(f"Kết quả biểu quyết đối với {len(_proposals(d)):02d} trường hợp đề nghị như sau:", st.body))
    story.append(_votes_table(st, d, ctx, m or Meeting(), width))
    story.append(p("III. KẾT LUẬN", st.heading))
    story += narrative(m.conclusion if m else None, st, DOTS * 8)
    end = clock(m.end_time) if m else None
    story.append(p(f"Cuộc họp kết thúc vào lúc {end or DOTS + ' giờ ' + DOTS} cùng ngày. Biên bản đã được thông qua "
                   f"trước Hội đồng và các thành viên dự họp nhất trí./.", st.body))
    marks: list[SignatureMark] = []
    attach(story, _signers(m, width, st, marks))
    return DocSpec(title=f"Biên bản họp {ctx.council_name}", story=story, signature_marks=marks)


def _signers(m: Meeting | None, width: float, st: Styles, marks: list[SignatureMark]) -> Flowable:
    """Mẫu 1.9: the secretary on the left, the chair (chủ tọa) on the right; the chair signs for the council."""
    secretary = m.secretary if m and m.secretary else Person("")
    chair = m.chair if m and m.chair else Person("")
    row = signers_row(st, width, [(Signer(title="Thư ký", name=secretary.name), None),
                                  (Signer(title="Chủ tọa", name=chair.name), None)], marks)
    marks.reverse()
    return row


def _honorific() -> str:
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
    story.append(p("I. BAN KIỂM PHIẾU", st.heading))
    committee = sorted(m.counting_committee, key=lambda c: c.role != "truong-ban")  # the head first
    if committee:
        for i, c in enumerate(committee, start=1):
            role = "Trưởng ban" if c.role == "truong-ban" else "Ủy viên"
            story.append(Paragraph(escape(f"{_person_line(Person(c.name, c.title))}, {role};"), st.bullet,
                                   bulletText=f"{i}."))
    else:
        for i, role in enumerate(("Trưởng ban", "Ủy viên", "Ủy viên"), start=1):
            story.append(Paragraph(escape(f"{DOTS * 3}, {role};"), st.bullet, bulletText=f"{i}."))
    ballots = max((v.total for v in m.votes), default=m.members_present or 0)
    story.append(p("II. SỐ PHIẾU", st.heading))
    for label, value in (("Tổng số thành viên Hội đồng", m.members_total), ("Số phiếu phát ra", ballots),
                         ("Số phiếu thu về", ballots), ("Số phiếu hợp lệ", ballots), ("Số phiếu không hợp lệ", 0)):
        text = f"{value:02d}" if isinstance(value, int) and (value or label.endswith("hợp lệ")) else (
            "00" if value == 0 else DOTS)
        story.append(Paragraph(escape(f"{label}: {text} phiếu;" if "phiếu" in label.lower()
                                      else f"{label}: {text} người;"), st.bullet, bulletText="-"))
    story.append(p("III. KẾT QUẢ KIỂM PHIẾU", st.heading))
    story.append(_votes_table(st, d, ctx, m, width))
    story.append(p("Ban kiểm phiếu lập biên bản này và công bố kết quả trước Hội đồng./.", st.body))
    marks: list[SignatureMark] = []
    head = m.counting_head
    members = [c for c in committee if c is not head][:2]
    # The head of the counting committee signs for it (the package's signature box is the head's); members beside.
    columns = [(Signer(title="Ủy viên", name=c.name), None) for c in members]
    columns.append((Signer(title="Trưởng ban kiểm phiếu", name=head.name if head else ""), None))
    attach(story, signers_row(st, width, columns, marks))
    marks.reverse()
    return DocSpec(title="Biên bản kiểm phiếu", story=story, signature_marks=marks)
