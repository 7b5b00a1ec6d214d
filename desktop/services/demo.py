"""Demo data for a first start: a commune after the 2025 reform, one campaign, two dossiers, ~30 nominees.

Deterministic (fixed seed) so screenshots and tests see the same people every time.
"""

from __future__ import annotations

import random
from datetime import date
from typing import Any

from sqlalchemy import select

from desktop import snapshot as snap
from desktop.models import Dossier, Unit
from desktop.services import audit
from desktop.services.changes import Changes
from desktop.services.dossiers import add_snapshot
from desktop.store.database import Store
from desktop.vn.cccd import century_sex_digit

YEARS = (2021, 2022, 2023, 2024, 2025)
CAMPAIGN = snap.Campaign("Xét khen thưởng tổng kết năm 2025", 2025, date(2025, 12, 20))
COMMUNE = "Tân Lập"
OLD_DISTRICT = "Yên Phong"  # the district abolished on 1/7/2025; its decisions stay valid history

UNIT = snap.Unit(
    name="Ủy ban nhân dân xã Tân Lập",
    level="xa",
    code="27115",
    province="Bắc Ninh",
    parent="Ủy ban nhân dân tỉnh Bắc Ninh",
    extra={
        "place": COMMUNE,
        "short_name": "UBND",
        "signers": [
            {"prefix": "TM. ỦY BAN NHÂN DÂN", "title": "CHỦ TỊCH", "name": "Nguyễn Văn Thành"},
            {"prefix": "KT. CHỦ TỊCH", "title": "PHÓ CHỦ TỊCH", "name": "Trần Thị Lan"},
        ],
    },
)

_FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Ngô", "Bùi", "Đặng", "Dương", "Lý"]
_MIDDLE_M = ["Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân"]
_MIDDLE_F = ["Thị", "Thu", "Thanh", "Ngọc", "Hồng", "Thùy"]
_GIVEN_M = ["Hùng", "Dũng", "Tuấn", "Long", "Khánh", "Sơn", "Quý", "Bình", "Thắng", "Ấn", "Đạt", "Việt"]
_GIVEN_F = ["Hoa", "Lan", "Hương", "Anh", "Ánh", "Mai", "Hằng", "Nga", "Yến", "Trang", "Thảo", "Oanh"]
_WORKPLACES = [
    ("Văn phòng HĐND và UBND xã", ["Chuyên viên", "Phó Chánh Văn phòng", "Văn thư"]),
    ("Phòng Kinh tế xã", ["Chuyên viên", "Trưởng phòng"]),
    ("Phòng Văn hóa - Xã hội xã", ["Chuyên viên", "Phó Trưởng phòng"]),
    ("Trường Tiểu học Tân Lập", ["Giáo viên", "Tổ trưởng chuyên môn", "Kế toán"]),
    ("Trường Mầm non Tân Lập", ["Giáo viên", "Phó Hiệu trưởng"]),
    ("Trạm Y tế xã Tân Lập", ["Y sĩ", "Điều dưỡng", "Bác sĩ"]),
]
# Who signs "Thủ trưởng đơn vị xác nhận" on each workplace's reports.
_HEADS = {
    "Văn phòng HĐND và UBND xã": "Đỗ Văn Tâm",
    "Phòng Kinh tế xã": "Vũ Quang Huy",
    "Phòng Văn hóa - Xã hội xã": "Ngô Thị Hạnh",
    "Trường Tiểu học Tân Lập": "Bùi Thị Nga",
    "Trường Mầm non Tân Lập": "Lê Thị Thanh Hương",
    "Trạm Y tế xã Tân Lập": "Trần Thị Minh Hằng",
    "Phòng Kinh tế xã Tân Lập": "Vũ Quang Huy",
}
_INITIATIVES = [
    "Ứng dụng bảng tính điện tử trong theo dõi hồ sơ một cửa",
    "Tổ chức góc đọc sách thân thiện cho học sinh lớp 1",
    "Quy trình nhắc lịch tiêm chủng qua tin nhắn cho phụ huynh",
    "Số hóa sổ hộ tịch giai đoạn 1995–2005",
    "Mô hình trò chơi dân gian phát triển vận động cho trẻ 4–5 tuổi",
    "Giải pháp rút ngắn thời gian tiếp nhận hồ sơ đất đai",
]


def _decider(year: int, local: str) -> str:
    """Who signed a title's decision that year: district before 1/7/2025 for CSTĐCS and TTLĐTT, commune after."""
    if local == "district" and year <= 2024:
        return f"Chủ tịch UBND huyện {OLD_DISTRICT}"
    return f"Chủ tịch UBND xã {COMMUNE}"


def _person(rng: random.Random, i: int, profile: str) -> snap.Nominee:
    female = rng.random() < 0.55
    family = rng.choice(_FAMILY)
    middle = rng.choice(_MIDDLE_F if female else _MIDDLE_M)
    given = (_GIVEN_F if female else _GIVEN_M)[i % 12]
    birth = date(rng.randint(1968, 1996), rng.randint(1, 12), rng.randint(1, 28))
    gender = "nu" if female else "nam"
    national_id = f"027{century_sex_digit(birth.year, gender)}{birth.year % 100:02d}{rng.randint(0, 999999):06d}"
    workplace, posts = _WORKPLACES[i % len(_WORKPLACES)]
    hired = date(rng.randint(2005, 2018), rng.randint(1, 12), 1)
    ratings: list[snap.Rating] = []
    honours: list[snap.Honour] = []
    initiatives: list[snap.Initiative] = []
    for year in YEARS:
        if profile == "excellent":
            rating = "hoan-thanh-xuat-sac"
        elif profile == "weak" and year == 2025:
            rating = "hoan-thanh"
        else:
            rating = "hoan-thanh-xuat-sac" if rng.random() < 0.25 else "hoan-thanh-tot"
        ratings.append(snap.Rating(year, rating))
        if year == 2025:
            continue  # 2025 is the year under review: its titles are what the dossier proposes
        if rating in ("hoan-thanh-xuat-sac", "hoan-thanh-tot"):
            honours.append(snap.Honour(year, "lao-dong-tien-tien", f"{rng.randint(10, 99)}/QĐ-UBND",
                                       date(year, 12, rng.randint(15, 28)), _decider(year, "commune")))
        if profile == "excellent":
            initiatives.append(snap.Initiative(year, _INITIATIVES[(i + year) % len(_INITIATIVES)], "co-so",
                                               f"Hội đồng sáng kiến xã {COMMUNE}", f"{rng.randint(1, 9):02d}/QĐ-HĐSK",
                                               date(year, 11, rng.randint(1, 28))))
            honours.append(snap.Honour(year, "cstd-co-so", f"{rng.randint(100, 300)}/QĐ-UBND",
                                       date(year, 12, 28), _decider(year, "district")))
    if profile == "excellent":
        initiatives.append(snap.Initiative(2025, _INITIATIVES[(i + 2025) % len(_INITIATIVES)], "co-so",
                                           f"Hội đồng sáng kiến xã {COMMUNE}", "07/QĐ-HĐSK", date(2025, 11, 20)))
    if profile == "excellent" and i == 0:
        # A second 2025 initiative, applied province-wide: enough for the Bằng khen route of Điều 74.1.d.
        initiatives.append(snap.Initiative(2025, "Bộ công cụ tự kiểm tra hồ sơ một cửa cho cán bộ cấp xã", "tinh",
                                           "Hội đồng sáng kiến tỉnh Bắc Ninh", "115/QĐ-HĐSK", date(2025, 10, 30)))
    if profile == "new":
        hired = date(2025, 9, 1)  # under 6 months at year end: not yet eligible for Lao động tiên tiến
        ratings = [snap.Rating(2025, "hoan-thanh-tot")]
        honours = []
    return snap.Nominee(
        id=f"cn{i + 1:02d}", kind="individual", full_name=f"{family} {middle} {given}", birth_date=birth,
        gender=gender, national_id=national_id, ethnicity="Kinh" if i % 9 else "Tày",
        position=posts[i % len(posts)], workplace=workplace, hometown=f"Xã {COMMUNE}, tỉnh Bắc Ninh",
        residence=f"Thôn {['Đông', 'Đoài', 'Nam', 'Bắc', 'Trung'][i % 5]}, xã {COMMUNE}, tỉnh Bắc Ninh",
        education=["Đại học", "Cao đẳng", "Thạc sĩ", "Trung cấp"][i % 4], direct_worker=i % 3 != 0, hired_on=hired,
        ratings=tuple(ratings), honours=tuple(honours), initiatives=tuple(initiatives),
    )


def _collective(rng: random.Random, i: int, name: str, members: int, strong: bool) -> snap.Nominee:
    ratings, honours, stats = [], [], []
    for year in YEARS:
        ldtt = members if strong else int(members * 0.6)
        stats.append(snap.MemberStats(year, members, members, ldtt, 2 if strong else 0, 0))
        ratings.append(snap.Rating(year, "hoan-thanh-xuat-sac" if strong else "hoan-thanh-tot"))
        if year < 2025:
            code = "tap-the-lao-dong-xuat-sac" if strong and year >= 2023 else "tap-the-lao-dong-tien-tien"
            issuer = "Chủ tịch UBND tỉnh Bắc Ninh" if code == "tap-the-lao-dong-xuat-sac" else _decider(year, "district")
            honours.append(snap.Honour(year, code, f"{rng.randint(100, 999)}/QĐ-UBND", date(year, 12, 30), issuer))
    return snap.Nominee(id=f"tt{i + 1:02d}", kind="collective", name=name, address=f"Xã {COMMUNE}, tỉnh Bắc Ninh",
                        ratings=tuple(ratings), honours=tuple(honours), member_stats=tuple(stats))


# Typed by the clerk on the household's page (registry), not carried in the imported data.
HEAD_GENDERS = {"hgd01": "nam", "hgd02": "nu", "hgd03": "nam"}
_HOUSEHOLD_SIZES = {"hgd01": 5, "hgd02": 4, "hgd03": 6}


def _household(i: int, head: str, hamlet: str) -> snap.Nominee:
    honours = tuple(snap.Honour(y, "gia-dinh-van-hoa", f"{20 + y % 10}/QĐ-UBND", date(y, 12, 10),
                                f"Chủ tịch UBND xã {COMMUNE}") for y in YEARS[:-1])
    return snap.Nominee(id=f"hgd{i + 1:02d}", kind="household", head_name=head,
                        address=f"Thôn {hamlet}, xã {COMMUNE}, tỉnh Bắc Ninh", honours=honours)


def _narrative(n: snap.Nominee) -> dict[str, Any]:
    return {
        "head_name": _HEADS[n.workplace or ""],
        "duties": f"{n.position} tại {n.workplace}; phụ trách các nhiệm vụ chuyên môn được phân công.",
        "achievements": (
            "Hoàn thành 100% chỉ tiêu, nhiệm vụ được giao năm 2025, trong đó nhiều nhiệm vụ hoàn thành trước thời hạn.\n\n"
            "- Chủ động tham mưu, đề xuất giải pháp nâng cao chất lượng công việc.\n"
            "- Tích cực tham gia các phong trào thi đua do xã phát động."
        ),
    }


def _collective_narrative(c: snap.Nominee) -> dict[str, Any]:
    members = c.member_stats[-1].total if c.member_stats else 0
    return {
        "head_name": _HEADS[c.name or ""],
        "unit_overview": (f"{c.name} có {members} cán bộ, viên chức, người lao động; cơ sở vật chất, trang thiết bị "
                          "cơ bản bảo đảm cho hoạt động chuyên môn."),
        "duties": f"{c.name} thực hiện chức năng, nhiệm vụ chuyên môn theo quy định và kế hoạch năm 2025 của xã.",
        "achievements": (
            "Hoàn thành toàn bộ chỉ tiêu kế hoạch năm 2025; không có cá nhân vi phạm kỷ luật.\n\n"
            "- Duy trì phong trào thi đua thường xuyên, có sơ kết, tổng kết.\n"
            "- Nội bộ đoàn kết, chấp hành tốt chủ trương, chính sách, pháp luật."
        ),
        "measures": "Giao chỉ tiêu đến từng người, kiểm tra tiến độ hằng tháng; phát động thi đua theo đợt.",
        "compliance": ("Tập thể chấp hành nghiêm chủ trương của Đảng, chính sách, pháp luật của Nhà nước; "
                       "công đoàn, chi đoàn hoạt động đều."),
    }


def _household_narrative(h: snap.Nominee) -> dict[str, Any]:
    return {
        "members": str(_HOUSEHOLD_SIZES[h.id]),
        "standards_met": True,
        "achievements": (
            f"Gia đình {'bà' if HEAD_GENDERS[h.id] == 'nu' else 'ông'} {h.head_name} chấp hành tốt chủ trương, chính sách, pháp luật; "
            "tích cực tham gia các phong trào của thôn; gia đình hòa thuận, con cháu chăm ngoan."
        ),
    }


def demo_snapshots() -> list[tuple[str, snap.Dossier]]:
    rng = random.Random(2025)
    profiles = ["excellent"] * 4 + ["weak"] + ["new"] + ["good"] * 16
    people = [_person(rng, i, p) for i, p in enumerate(profiles)]
    collectives = [
        _collective(rng, 0, "Trường Tiểu học Tân Lập", 28, strong=True),
        _collective(rng, 1, "Trạm Y tế xã Tân Lập", 11, strong=False),
        _collective(rng, 2, "Phòng Kinh tế xã Tân Lập", 8, strong=False),
        _collective(rng, 3, "Trường Mầm non Tân Lập", 22, strong=False),
    ]
    households = [_household(0, "Nguyễn Văn Hùng", "Đông"), _household(1, "Lê Thị Thu", "Đoài"),
                  _household(2, "Phạm Quang Vinh", "Nam")]

    titles_people = [people[i] for i in range(0, 18)]
    proposals = [snap.Proposal(p.id, "lao-dong-tien-tien", 2025, {"form": _narrative(p)}) for p in titles_people]
    proposals += [snap.Proposal(p.id, "cstd-co-so", 2025, {"form": _narrative(p)}) for p in people[:4]]
    proposals += [snap.Proposal(c.id, "tap-the-lao-dong-tien-tien", 2025, {"form": _collective_narrative(c)})
                  for c in collectives[1:4]]
    proposals += [snap.Proposal(h.id, "gia-dinh-van-hoa", 2025, {"form": _household_narrative(h)})
                  for h in households]
    titles = snap.Dossier(
        unit=UNIT, campaign=CAMPAIGN, ruleset="nd152-2025", as_of=date(2025, 12, 15),
        nominees=tuple(titles_people + collectives[1:4] + households), proposals=tuple(proposals),
        extra={"procedure": "thong-thuong"},
    )
    bk_people = [people[0], people[1]]
    higher = snap.Dossier(
        unit=UNIT, campaign=CAMPAIGN, ruleset="nd152-2025", as_of=date(2025, 12, 15),
        nominees=(*bk_people, collectives[0]),
        proposals=(
            # The unit confirms the second has no achievement under a route HSKT does not encode (other_route).
            *(snap.Proposal(p.id, "bang-khen-bo-nganh-tinh", 2025,
                            {"form": _narrative(p) | ({"other_route": "Không"} if p is bk_people[1] else {})})
              for p in bk_people),
            snap.Proposal(collectives[0].id, "tap-the-lao-dong-xuat-sac", 2025,
                          {"form": _collective_narrative(collectives[0])}),
        ),
        extra={"procedure": "thong-thuong"},
    )
    return [
        ("Đề nghị công nhận danh hiệu thi đua năm 2025", titles),
        ("Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen, Tập thể lao động xuất sắc năm 2025", higher),
    ]


def has_data(store: Store) -> bool:
    with store.read() as s:
        return s.scalar(select(Dossier.id).limit(1)) is not None or s.scalar(select(Unit.id).limit(1)) is not None


_COUNCIL = [("Nguyễn Văn Thành", "Chủ tịch UBND xã, Chủ tịch Hội đồng"),
            ("Trần Thị Lan", "Phó Chủ tịch UBND xã, Phó Chủ tịch Hội đồng"),
            ("Lê Quang Minh", "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã, Ủy viên"),
            ("Phạm Thị Ngọc", "Chủ tịch Hội Liên hiệp Phụ nữ xã, Ủy viên"),
            ("Hoàng Văn Hải", "Chủ tịch Hội Cựu chiến binh xã, Ủy viên"),
            ("Vũ Thị Hạnh", "Trưởng phòng Văn hóa - Xã hội, Ủy viên"),
            ("Bùi Đức Toàn", "Trưởng phòng Kinh tế, Ủy viên"),
            ("Ngô Thanh Tùng", "Bí thư Đoàn Thanh niên xã, Ủy viên"),
            ("Đỗ Thu Hằng", "Công chức Văn phòng - Thống kê, Thư ký Hội đồng"),
            ("Đặng Văn Phúc", "Chủ tịch Công đoàn cơ sở, Ủy viên")]

# What the clerk types on the meeting and letter pages of the first dossier (dossier.json paths). The second
# dossier takes the council, the signer and the places from it ("Lấy thông tin từ hồ sơ trước").
TITLES_ENTRIES: tuple[tuple[str, Any], ...] = (
    ("meeting.date", "10/12/2025"), ("meeting.start_time", "14:00"), ("meeting.end_time", "16:30"),
    ("meeting.place", f"Hội trường UBND xã {COMMUNE}"),
    ("meeting.chair.name", _COUNCIL[0][0]), ("meeting.chair.title", _COUNCIL[0][1]),
    ("meeting.secretary.name", _COUNCIL[8][0]), ("meeting.secretary.title", _COUNCIL[8][1]),
    ("meeting.members_total", "10"), ("meeting.members_present", "9"),
    ("meeting.attendees", "\n".join(f"{n}, {t}" for n, t in _COUNCIL[:9])),
    ("meeting.absent", f"{_COUNCIL[9][0]}, {_COUNCIL[9][1]}; đi công tác"),
    ("meeting.counting_committee", f"{_COUNCIL[2][0]}, {_COUNCIL[2][1]}; Trưởng ban\n"
                                   f"{_COUNCIL[3][0]}, {_COUNCIL[3][1]}; Ủy viên\n"
                                   f"{_COUNCIL[7][0]}, {_COUNCIL[7][1]}; Ủy viên"),
    ("meeting.conclusion", "Hội đồng thống nhất đề nghị Chủ tịch UBND xã công nhận danh hiệu thi đua cho các tập "
                           "thể, cá nhân, hộ gia đình có tên trong danh sách kèm theo."),
    ("report_date", "05/12/2025"),
    ("posting.from", "11/12/2025"), ("posting.to", "18/12/2025"), ("posting.place", f"Bảng tin UBND xã {COMMUNE}"),
    ("letter.recipient", f"Chủ tịch Ủy ban nhân dân xã {COMMUNE}"),
    ("letter.signer.prefix", "TM. ỦY BAN NHÂN DÂN"), ("letter.signer.title", "CHỦ TỊCH"),
    ("letter.signer.name", "Nguyễn Văn Thành"),
    ("letter.number", "5"), ("letter.date", "19/12/2025"), ("letter.recipients", "Như trên;\nLưu: VT, VHXH."),
)
HIGHER_ENTRIES: tuple[tuple[str, Any], ...] = (
    ("meeting.date", "10/12/2025"), ("meeting.members_present", "9"),
    ("meeting.absent", f"{_COUNCIL[9][0]}, {_COUNCIL[9][1]}; đi công tác"),
    ("meeting.conclusion", "Hội đồng thống nhất đề nghị Chủ tịch UBND tỉnh Bắc Ninh tặng Bằng khen và xét tặng "
                           "danh hiệu Tập thể lao động xuất sắc cho các cá nhân, tập thể có tên trong danh sách."),
    ("report_date", "05/12/2025"), ("posting.from", "11/12/2025"), ("posting.to", "18/12/2025"),
    ("letter.recipient", "Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh"),
    ("letter.number", "6"), ("letter.date", "19/12/2025"),
    ("letter.recipients", "Như trên;\nSở Nội vụ tỉnh Bắc Ninh;\nLưu: VT, VHXH."),
)


def _complete_through_screens(store: Store, dossier_id: int, entries: tuple[tuple[str, Any], ...],
                              reuse: bool) -> None:
    """What a clerk does on the meeting and letter pages: reuse the last dossier's council, type the rest, and
    record the (unanimous) votes; the same service calls the pages make, each audited."""
    from desktop.services import meeting_edit

    if reuse:
        meeting_edit.set_sections(store, dossier_id, meeting_edit.defaults(store, dossier_id), "dossier.defaults")
    meeting_edit.set_fields(store, dossier_id, entries)
    meeting_edit.fill_unanimous(store, dossier_id)


def fill_demo(store: Store) -> Changes:
    """Create the demo commune as the clerk's own unit and its two dossiers: the people and proposals come from the
    registry import, the meeting, votes, posting and letter are typed through the editor's services."""
    from desktop.services.registry_edit import set_subject_field

    ids: list[int] = []
    with store.write() as s:
        extra = dict(UNIT.extra)
        own = Unit(is_own=True, name=UNIT.name, level=UNIT.level, code=UNIT.code, province=UNIT.province,
                   parent=UNIT.parent, place=extra.pop("place"), short_name=extra.pop("short_name"),
                   signers=extra.pop("signers"), counters={"2025": {"TTr": 6, "BB": 2}}, extra=extra)
        s.add(own)
        s.flush()
        audit.record(s, "demo.fill", "unit", own.id)
        shared: dict[str, Any] = {}
        for title, d in demo_snapshots():
            ids.append(add_snapshot(s, d, title=title, unit=own, source="demo", subjects=shared).id)
        households = {ref: subj.id for ref, subj in shared.items() if ref in HEAD_GENDERS}
    for ref, subject_id in households.items():
        set_subject_field(store, subject_id, "head_gender", HEAD_GENDERS[ref])
    _complete_through_screens(store, ids[0], TITLES_ENTRIES, reuse=False)
    _complete_through_screens(store, ids[1], HIGHER_ENTRIES, reuse=True)
    return Changes(dossiers=frozenset(ids), unit=True)
