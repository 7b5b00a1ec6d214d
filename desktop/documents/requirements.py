"""What each printed form needs from the clerk, and what must agree between the forms.

The single list behind "Hồ sơ đầy đủ": a dossier is complete when no form would print a placeholder (the dotted
blank) and the parts agree (the signer's authority with the issuing body, the dates in order, the votes). Paths speak
dossier.json (`meeting.date`, `letter.signer.prefix`, `nominees[3].head_gender`); a proposal's vote is
`proposals[i].vote`, so the editor can open the row of that proposal on the meeting page.

Pure: reads the dossier and the render context; the services turn each entry into an error of the one judge.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desktop.awards.model import RuleSet
from desktop.awards.votes import FAILED, vote_rule
from desktop.documents.context import RenderContext, expand_body_name
from desktop.snapshot import Dossier, Nominee
from desktop.vn.dates import short_date

SIMPLIFIED = "don-gian"
TIME = re.compile(r"^([01]\d|2[0-3])(?::| giờ )[0-5]\d$")  # "14:00"; "14 giờ 00" as older files wrote it


@dataclass(frozen=True)
class MissingField:
    path: str  # dossier.json path of the field
    label: str  # the field as the clerk's screen names it
    message: str  # what is wrong and how to fix it, in Vietnamese


# Printed by the danh sách (every dossier) and by the báo cáo or tóm tắt of a proposal.
INDIVIDUAL_LISTED = (("birth_date", "Ngày sinh"), ("gender", "Giới tính"),
                     ("national_id", "Số định danh cá nhân (CCCD)"), ("ethnicity", "Dân tộc"),
                     ("position", "Chức vụ"), ("workplace", "Đơn vị công tác"))
INDIVIDUAL_REPORTED = (("hometown", "Quê quán"), ("residence", "Nơi thường trú"),
                       ("education", "Trình độ chuyên môn"))
HOUSEHOLD_LISTED = (("head_gender", "Giới tính chủ hộ"), ("address", "Địa chỉ"))
COLLECTIVE_REPORTED = (("address", "Địa chỉ"),)

MEETING_FIELDS = (("date", "Ngày họp"), ("start_time", "Giờ bắt đầu"), ("end_time", "Giờ kết thúc"),
                  ("place", "Địa điểm họp"), ("chair", "Người chủ trì"), ("secretary", "Thư ký cuộc họp"),
                  ("members_total", "Tổng số thành viên Hội đồng"), ("members_present", "Số thành viên có mặt"),
                  ("attendees", "Thành viên có mặt"), ("conclusion", "Kết luận của cuộc họp"))
POSTING_FIELDS = (("from", "Công khai từ ngày"), ("to", "Công khai đến ngày"), ("place", "Nơi công khai"))


def _need(path: str, label: str, where: str) -> MissingField:
    return MissingField(path, label, f"Chưa nhập «{label}» ({where})")


def _has(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip()) and value != ()


def _report_generated(d: Dossier, n: Nominee) -> bool:
    return not any(doc.component in ("bao-cao-thanh-tich", "tom-tat-thanh-tich") and doc.nominee_id in (n.id, None)
                   and not doc.extra.get("generated") for doc in d.documents)


def _head_gender(n: Nominee) -> str | None:
    value = n.extra.get("head_gender")
    return value if value in ("nam", "nu") else None


def missing_fields(d: Dossier, ctx: RenderContext) -> list[MissingField]:
    """Every field a printed form needs and the dossier lacks, in the order of the forms."""
    out: list[MissingField] = []
    normal = ctx.procedure != SIMPLIFIED
    if not ctx.recipient:
        out.append(_need("letter.recipient", "Kính gửi", "tờ trình"))
    if not ctx.signer.name:
        out.append(_need("letter.signer.name", "Người ký tờ trình", "tờ trình"))
    if normal:
        m = ctx.meeting
        for key, label in MEETING_FIELDS:
            value = getattr(m, key) if m is not None else None
            if not _has(value):
                path = f"meeting.{key}.name" if key in ("chair", "secretary") else f"meeting.{key}"
                out.append(_need(path, label, "biên bản họp Hội đồng"))
        if m is not None and m.members_total is not None and m.members_present is not None \
                and m.members_present < m.members_total and not m.absent:
            out.append(_need("meeting.absent", "Thành viên vắng mặt", "biên bản họp Hội đồng"))
        if m is None or not any(c.role == "truong-ban" for c in m.counting_committee):
            out.append(MissingField("meeting.counting_committee", "Ban kiểm phiếu",
                                    "Chưa nhập «Ban kiểm phiếu» và người làm Trưởng ban (biên bản kiểm phiếu)"))
        voted = {(v.nominee_id, v.award) for v in (m.votes if m else ())}
        for i, p in enumerate(d.proposals):
            if (p.nominee_id, p.award) not in voted:
                n = d.nominee(p.nominee_id)
                out.append(MissingField(f"proposals[{i}].vote", "Kết quả biểu quyết",
                                        f"Chưa nhập kết quả biểu quyết đề nghị {ctx.award_name(p.award)} của "
                                        f"{n.display_name if n else p.nominee_id} (biên bản họp Hội đồng)"))
        if ctx.report_date is None and any(_report_generated(d, n) for n in d.nominees):
            out.append(_need("report_date", "Ngày ký báo cáo thành tích", "báo cáo thành tích"))
        posting = ctx.posting
        for key, label in POSTING_FIELDS:
            value = getattr(posting, {"from": "date_from", "to": "date_to"}.get(key, key)) if posting else None
            if not _has(value):
                out.append(_need(f"posting.{key}", label, "danh sách công khai"))
    proposed = {p.nominee_id for p in d.proposals}
    for i, n in enumerate(d.nominees):
        if n.id not in proposed:
            continue
        fields: tuple[tuple[str, str], ...] = ()
        reported = _report_generated(d, n)
        if n.kind == "individual":
            fields = INDIVIDUAL_LISTED + (INDIVIDUAL_REPORTED if reported and normal else ())
        elif n.kind == "household":
            fields = HOUSEHOLD_LISTED
        elif reported and normal:
            fields = COLLECTIVE_REPORTED
        for key, label in fields:
            value = _head_gender(n) if key == "head_gender" else getattr(n, key)
            if not _has(value):
                out.append(MissingField(f"nominees[{i}].{key}", label,
                                        f"Chưa nhập «{label}» của {n.display_name} (danh sách, báo cáo thành tích)"))
    return out


# ------------------------------------------------------------------------------------------------ consistency


_UBND = "ỦY BAN NHÂN DÂN"


def _upper(text: str) -> str:
    return " ".join(text.upper().replace("UỶ", "ỦY").split())


def signer_problems(ctx: RenderContext) -> list[MissingField]:
    """The authority line must be the issuing body's: a People's Committee's tờ trình is signed for the committee
    (TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH) or by a vice-chair for the chair (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH), never for a
    council or another body (NĐ 30/2020, Phụ lục I, mục II.8)."""
    s = ctx.signer
    prefix, title = _upper(s.prefix or ""), _upper(s.title)
    body = _upper(expand_body_name(ctx.issuing_body))
    out: list[MissingField] = []
    if prefix.startswith("TM."):
        on_behalf = prefix[3:].strip()
        if not body.startswith(on_behalf):
            out.append(MissingField("letter.signer.prefix", "Thẩm quyền ký",
                                    f"Tờ trình do {ctx.issuing_body} ban hành nhưng ký «{s.prefix}»: thẩm quyền ký "
                                    f"phải là của cơ quan ban hành («TM. {_UBND if body.startswith(_UBND) else body}»)"))
    elif body.startswith(_UBND) and not prefix.startswith("KT."):
        out.append(MissingField("letter.signer.prefix", "Thẩm quyền ký",
                                f"Tờ trình của {ctx.issuing_body} phải ký «TM. {_UBND}» (Chủ tịch) hoặc "
                                f"«KT. CHỦ TỊCH» (Phó Chủ tịch ký thay)"))
    if prefix.startswith("KT.") and title == prefix[3:].strip():
        out.append(MissingField("letter.signer.title", "Chức vụ người ký",
                                f"Ký thay («{s.prefix}») là cấp phó: chức vụ phải là PHÓ {prefix[3:].strip()}, "
                                f"không phải {s.title}"))
    if title.startswith("PHÓ") and not prefix.startswith("KT."):
        out.append(MissingField("letter.signer.prefix", "Thẩm quyền ký",
                                f"{s.title.capitalize()} ký tờ trình phải ghi «KT. {title[3:].strip()}»"))
    return out


def _date_problem(path: str, label: str, message: str) -> MissingField:
    return MissingField(path, label, message)


def date_problems(ctx: RenderContext, signing_day: date) -> list[MissingField]:
    """Report on or before the meeting; posting after it; the letter on or after the meeting and the posting's end.
    A letter without a date gets the signing day, so that day is judged."""
    out: list[MissingField] = []
    m, posting = ctx.meeting, ctx.posting
    meeting_day = m.date if m else None
    letter_day = ctx.letter_date or signing_day
    letter_what = (f"Tờ trình ngày {short_date(letter_day)}" if ctx.letter_date else
                   f"Tờ trình sẽ mang ngày ký ({short_date(letter_day)})")
    if ctx.report_date and meeting_day and ctx.report_date > meeting_day:
        out.append(_date_problem("report_date", "Ngày ký báo cáo thành tích",
                                 f"Báo cáo thành tích ngày {short_date(ctx.report_date)} sau cuộc họp Hội đồng ngày "
                                 f"{short_date(meeting_day)} đã xét nó; báo cáo phải ký trước hoặc trong ngày họp"))
    if meeting_day and letter_day < meeting_day:
        out.append(_date_problem("letter.date", "Ngày tờ trình",
                                 f"{letter_what} trước cuộc họp Hội đồng ngày {short_date(meeting_day)}"))
    if posting and posting.date_from and posting.date_to and posting.date_to < posting.date_from:
        out.append(_date_problem("posting.to", "Công khai đến ngày",
                                 f"Ngày kết thúc công khai {short_date(posting.date_to)} trước ngày bắt đầu "
                                 f"{short_date(posting.date_from)}"))
    if posting and posting.date_from and meeting_day and posting.date_from < meeting_day:
        out.append(_date_problem("posting.from", "Công khai từ ngày",
                                 f"Danh sách công khai từ {short_date(posting.date_from)}, trước cuộc họp Hội đồng "
                                 f"ngày {short_date(meeting_day)} chọn ra danh sách đó"))
    if posting and posting.date_to and letter_day < posting.date_to:
        out.append(_date_problem("letter.date", "Ngày tờ trình",
                                 f"{letter_what} trước khi hết thời gian công khai ({short_date(posting.date_to)}); "
                                 f"hãy trình sau ngày kết thúc công khai"))
    return out


def vote_problems(d: Dossier, ctx: RenderContext, rs: RuleSet) -> list[MissingField]:
    """Votes that do not add up or a result that does not follow from them under the rule set's threshold."""
    m = ctx.meeting
    if m is None or ctx.procedure == SIMPLIFIED:
        return []
    out: list[MissingField] = []
    rule = vote_rule(rs, m.vote_base_present)
    index = {(p.nominee_id, p.award): i for i, p in enumerate(d.proposals)}
    if m.members_total is not None and m.members_present is not None:
        if m.members_present > m.members_total:
            out.append(MissingField("meeting.members_present", "Số thành viên có mặt",
                                    f"Có mặt {m.members_present} người, nhiều hơn tổng số {m.members_total} thành "
                                    f"viên Hội đồng"))
        elif m.absent and len(m.absent) != m.members_total - m.members_present:
            out.append(MissingField("meeting.absent", "Thành viên vắng mặt",
                                    f"Danh sách vắng mặt có {len(m.absent)} người nhưng {m.members_total} thành viên "
                                    f"mà có mặt {m.members_present} thì vắng {m.members_total - m.members_present}"))
    if m.attendees and m.members_present is not None and len(m.attendees) != m.members_present:
        out.append(MissingField("meeting.attendees", "Thành viên có mặt",
                                f"Danh sách có mặt có {len(m.attendees)} người, khác số có mặt {m.members_present}"))
    for v in m.votes:
        i = index.get((v.nominee_id, v.award))
        if i is None:
            continue  # a vote for a proposal no longer in the dossier: not printed
        path = f"proposals[{i}].vote"
        n = d.nominee(v.nominee_id)
        who = f"{ctx.award_name(v.award)} của {n.display_name if n else v.nominee_id}"
        if v.against is not None and v.agree + v.against != v.total:
            out.append(MissingField(path, "Kết quả biểu quyết",
                                    f"Phiếu đề nghị {who}: {v.agree} đồng ý + {v.against} không đồng ý khác tổng số "
                                    f"{v.total} phiếu"))
        elif v.agree > v.total:
            out.append(MissingField(path, "Kết quả biểu quyết",
                                    f"Phiếu đề nghị {who}: {v.agree} đồng ý nhiều hơn tổng số {v.total} phiếu"))
        if m.members_present is not None and v.total > m.members_present:
            out.append(MissingField(path, "Kết quả biểu quyết",
                                    f"Phiếu đề nghị {who}: {v.total} phiếu nhưng chỉ {m.members_present} thành viên "
                                    f"có mặt"))
        base = rule.base(m.members_total, m.members_present, v.total)
        follows = rule.result(v.award, v.agree, base)
        if v.result is not None and v.result != follows:
            out.append(MissingField(path, "Kết quả biểu quyết",
                                    f"Đề nghị {who} ghi «{'Đạt' if v.result == 'dat' else 'Không đạt'}» nhưng "
                                    f"{v.agree}/{base} phiếu đồng ý thì «{'Đạt' if follows == 'dat' else 'Không đạt'}» "
                                    f"({rule.describe()})"))
        elif follows == FAILED:
            out.append(MissingField(path, "Kết quả biểu quyết",
                                    f"Hội đồng không thông qua đề nghị {who} ({v.agree}/{base} phiếu đồng ý; "
                                    f"{rule.describe()}): bỏ đề nghị này khỏi hồ sơ"))
    for key, value in (("start_time", m.start_time), ("end_time", m.end_time)):
        if value and not TIME.match(value):
            out.append(MissingField(f"meeting.{key}", "Giờ họp", f"Giờ «{value}» không đúng dạng giờ:phút, ví dụ 14:00"))
    if m.start_time and m.end_time and TIME.match(m.start_time) and TIME.match(m.end_time) \
            and _minutes(m.end_time) <= _minutes(m.start_time):
        out.append(MissingField("meeting.end_time", "Giờ kết thúc",
                                f"Cuộc họp kết thúc lúc {m.end_time}, không sau giờ bắt đầu {m.start_time}"))
    return out


def _minutes(clock: str) -> int:
    h, mi = re.split(r":| giờ ", clock)
    return int(h) * 60 + int(mi)


def consistency_problems(d: Dossier, ctx: RenderContext, rs: RuleSet, signing_day: date) -> list[MissingField]:
    return signer_problems(ctx) + date_problems(ctx, signing_day) + vote_problems(d, ctx, rs)
