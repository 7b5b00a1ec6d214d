"""What a clerk types on the meeting and letter pages, through the same services the pages call: a complete review
meeting with a vote on every proposal, its counting committee, the public posting and the tờ trình's recipient."""

from __future__ import annotations

from desktop.models import Dossier
from desktop.store.database import Store

COUNCIL = ["Trần Thị Bình, Chủ tịch Hội đồng", "Lê Văn Dũng, Thư ký", "Phạm Văn Cường, Ủy viên",
           "Hoàng Thị Dung, Ủy viên", "Ngô Văn Em, Ủy viên", "Vũ Thị Giang, Ủy viên", "Đặng Văn Hải, Ủy viên"]


def section_entries(place: str, meeting_day: str = "20/02/2026", report_day: str = "15/02/2026",
                    posting: tuple[str, str] = ("21/02/2026", "27/02/2026")) -> list[tuple[str, object]]:
    return [
        ("meeting.date", meeting_day), ("meeting.start_time", "08:00"), ("meeting.end_time", "10:30"),
        ("meeting.place", place), ("meeting.chair.name", "Trần Thị Bình"),
        ("meeting.chair.title", "Chủ tịch Hội đồng"), ("meeting.secretary.name", "Lê Văn Dũng"),
        ("meeting.secretary.title", "Thư ký"), ("meeting.members_total", 7), ("meeting.members_present", 7),
        ("meeting.attendees", "\n".join(COUNCIL)),
        ("meeting.counting_committee", "Phạm Văn Cường, Ủy viên; Trưởng ban\nHoàng Thị Dung, Ủy viên; Ủy viên"),
        ("meeting.conclusion", "Hội đồng thống nhất đề nghị khen thưởng các cá nhân trong danh sách."),
        ("report_date", report_day), ("posting.from", posting[0]), ("posting.to", posting[1]),
        ("posting.place", f"Bảng tin {place}"),
    ]


def type_sections(store: Store, dossier_id: int, place: str, **days: str) -> None:
    from desktop.services import meeting_edit
    from desktop.services.dossiers import load_snapshot
    from desktop.services.editing import state

    with store.write() as s:
        d = s.get(Dossier, dossier_id)
        assert d is not None
        d.extra = {**d.extra, "procedure": (d.extra or {}).get("procedure", "thong-thuong")}
    meeting_edit.set_fields(store, dossier_id, section_entries(place, **days))  # type: ignore[arg-type]
    meeting_edit.fill_unanimous(store, dossier_id)
    choices = meeting_edit.recipient_choices(state(store, dossier_id).ruleset, load_snapshot(store, dossier_id))
    meeting_edit.set_field(store, dossier_id, "letter.recipient", choices[0])
