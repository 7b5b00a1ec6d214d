"""Editing what the forms print besides the proposals: the council's meeting and its votes, the vote-counting
committee, the public posting and the tờ trình (docs/dossier-extensions.md, `meeting`, `letter`, `posting`).

Every field is addressed by its dossier.json path ("meeting.chair.name", "letter.signer.prefix", "posting.to"), so the
judge's errors, the editor's widgets and the audit log name it the same way. Each edit is one short transaction with
its audit event; undo calls the same function with the old value. Defaults come from the unit profile and the
dossier edited last, so a clerk types the council, the signer and the places once.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from desktop.awards.model import FormField, RuleSet
from desktop.awards.votes import vote_rule
from desktop.models import Dossier
from desktop.services import audit
from desktop.services.changes import Changes
from desktop.services.editing import EditError, _changed, _dossier, _ruleset_of
from desktop.services.registry_edit import parse_value
from desktop.store.database import Store
from desktop.vn.text import clean

UBND = "TM. ỦY BAN NHÂN DÂN"
DEPUTY = "KT. CHỦ TỊCH"
PEOPLE_HINT = "Mỗi dòng một người: Họ tên, chức vụ"

MEETING_FIELDS: tuple[FormField, ...] = (
    FormField("meeting.date", "Ngày họp", "date", required=True, hint="ngày/tháng/năm, ví dụ 10/12/2025"),
    FormField("meeting.start_time", "Giờ bắt đầu", "text", required=True, hint="giờ:phút, ví dụ 14:00"),
    FormField("meeting.end_time", "Giờ kết thúc", "text", required=True, hint="giờ:phút, ví dụ 16:30"),
    FormField("meeting.place", "Địa điểm họp", "text", required=True, hint="Ví dụ: Hội trường UBND xã"),
    FormField("meeting.chair.name", "Người chủ trì", "text", required=True),
    FormField("meeting.chair.title", "Chức vụ người chủ trì", "text", hint="Ví dụ: Chủ tịch UBND xã, Chủ tịch Hội đồng"),
    FormField("meeting.secretary.name", "Thư ký cuộc họp", "text", required=True),
    FormField("meeting.secretary.title", "Chức vụ thư ký", "text"),
    FormField("meeting.members_total", "Tổng số thành viên Hội đồng", "int", required=True),
    FormField("meeting.members_present", "Số thành viên có mặt", "int", required=True),
    FormField("meeting.attendees", "Thành viên có mặt", "multiline", required=True, hint=PEOPLE_HINT),
    FormField("meeting.absent", "Thành viên vắng mặt", "multiline",
              hint="Mỗi dòng một người: Họ tên, chức vụ; lý do vắng"),
    FormField("meeting.conclusion", "Kết luận của cuộc họp", "multiline", required=True),
    FormField("report_date", "Ngày ký báo cáo thành tích", "date", required=True,
              hint="Báo cáo phải ký trước hoặc trong ngày họp Hội đồng xét nó"),
)
COMMITTEE_FIELDS: tuple[FormField, ...] = (
    FormField("meeting.counting_committee", "Ban kiểm phiếu", "multiline", required=True,
              hint="Mỗi dòng một người: Họ tên, chức vụ; Trưởng ban hoặc Ủy viên"),
    FormField("meeting.vote_base_present", "Tính tỷ lệ phiếu trên số thành viên có mặt [M]", "bool",
              hint="Bộ quy tắc mặc định tính trên tổng số thành viên Hội đồng; quy chế của địa phương có thể khác"),
)
POSTING_FIELDS: tuple[FormField, ...] = (
    FormField("posting.from", "Công khai từ ngày", "date", required=True),
    FormField("posting.to", "Công khai đến ngày", "date", required=True),
    FormField("posting.place", "Nơi công khai", "text", required=True, hint="Ví dụ: Bảng tin UBND xã"),
)
VOTE_KEYS = ("agree", "against", "total")


def letter_fields(recipients: Sequence[str], prefixes: Sequence[str]) -> tuple[FormField, ...]:
    """The tờ trình's fields; "Kính gửi" and the authority line are chosen, not typed, so they cannot drift."""
    return (
        FormField("letter.recipient", "Kính gửi", "choice", required=True, choices=tuple(recipients),
                  hint="Cấp có thẩm quyền quyết định các hình thức đề nghị, theo bộ quy tắc"),
        FormField("letter.signer.prefix", "Thẩm quyền ký", "choice", required=True, choices=tuple(prefixes),
                  hint="TM. ỦY BAN NHÂN DÂN khi Chủ tịch ký; KT. CHỦ TỊCH khi Phó Chủ tịch ký thay"),
        FormField("letter.signer.title", "Chức vụ người ký", "text", required=True, hint="Ví dụ: CHỦ TỊCH"),
        FormField("letter.signer.name", "Họ tên người ký", "text", required=True),
        FormField("letter.number", "Số tờ trình", "int", hint="Để trống: HSKT cấp số tiếp theo khi ký"),
        FormField("letter.date", "Ngày tờ trình", "date", hint="Để trống: ngày ký"),
        FormField("letter.recipients", "Nơi nhận", "multiline", hint="Mỗi dòng một nơi nhận, ví dụ: Như trên;"),
        FormField("letter.body", "Mở đầu tờ trình (thay các căn cứ)", "multiline",
                  hint="Để trống: HSKT in các căn cứ nêu dưới đây và câu «… kính trình xem xét, khen thưởng»"),
    )


def basis_note(ruleset: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the căn cứ lines the tờ trình prints for this rule set, what in them is not verified)."""
    from desktop.documents.formsets import form_set

    fs = form_set(ruleset)
    return fs.basis, fs.unverified


_SECTIONS = ("meeting.", "letter.", "posting.")
_PLAIN = {f.key: f for f in MEETING_FIELDS + COMMITTEE_FIELDS + POSTING_FIELDS}


# ------------------------------------------------------------------------------------------------ reading


def _get(extra: Mapping[str, Any], path: str) -> Any:
    node: Any = extra
    for part in path.split("."):
        if not isinstance(node, Mapping):
            return None
        node = node.get(part)
    return node


def _people_text(rows: Any, extra_key: str | None = None) -> str | None:
    lines = []
    for r in rows if isinstance(rows, list) else []:
        if not isinstance(r, Mapping) or not r.get("name"):
            continue
        line = ", ".join(x for x in (str(r.get("name")), str(r.get("title") or "")) if x)
        if extra_key == "role":
            line += "; " + ("Trưởng ban" if r.get("role") == "truong-ban" else "Ủy viên")
        elif extra_key and r.get(extra_key):
            line += f"; {r[extra_key]}"
        lines.append(line)
    return "\n".join(lines) or None


def field_values(extra: Mapping[str, Any]) -> dict[str, Any]:
    """What the meeting and letter pages show, keyed by dossier.json path (dates as dates, lists as lines)."""
    from desktop.vn.dates import DateError, parse_iso

    out: dict[str, Any] = {}
    keys = [f.key for f in MEETING_FIELDS + COMMITTEE_FIELDS + POSTING_FIELDS + letter_fields((), ())]
    for key in keys:
        value = _get(extra, key)
        if key in ("meeting.attendees", "meeting.absent", "meeting.counting_committee"):
            value = _people_text(value, {"meeting.absent": "reason", "meeting.counting_committee": "role"}.get(key))
        elif key == "letter.recipients":
            value = "\n".join(str(x) for x in value) if isinstance(value, list) else None
        elif key in ("meeting.date", "posting.from", "posting.to", "letter.date", "report_date") and value:
            try:
                value = parse_iso(str(value))
            except DateError:
                value = None
        out[key] = value
    return out


@dataclass(frozen=True)
class VoteRow:
    """One proposal's line of the vote table: who, for what, the votes and the result the rule set gives."""

    index: int  # the proposal's position: the judge's `proposals[i].vote`
    nominee_id: str
    who: str
    award: str
    award_name: str
    agree: int | None
    against: int | None
    total: int | None
    result: str | None


def vote_rows(dossier: Any, rs: RuleSet) -> list[VoteRow]:
    """Every proposal of the dossier with its recorded vote (a snapshot dossier)."""
    meeting = dossier.extra.get("meeting") if isinstance(dossier.extra.get("meeting"), Mapping) else {}
    votes = {(v.get("nominee_id"), v.get("award")): v for v in meeting.get("votes") or [] if isinstance(v, Mapping)}
    rule = vote_rule(rs, meeting.get("vote_base_present") if isinstance(meeting.get("vote_base_present"), bool)
                     else None)
    rows = []
    for i, p in enumerate(dossier.proposals):
        n = dossier.nominee(p.nominee_id)
        v = votes.get((p.nominee_id, p.award), {})
        agree, against, total = (v.get(k) if isinstance(v.get(k), int) else None for k in VOTE_KEYS)
        base = rule.base(_int(meeting.get("members_total")), _int(meeting.get("members_present")), total or 0)
        result = rule.result(p.award, agree, base) if agree is not None and base else None
        award = rs.awards.get(p.award)
        rows.append(VoteRow(i, p.nominee_id, n.display_name if n else p.nominee_id, p.award,
                            award.name if award else p.award, agree, against, total, result))
    return rows


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def recipient_choices(rs: RuleSet, dossier: Any) -> list[str]:
    """"Kính gửi" for each deciding authority of the dossier's awards, named for the unit's place: the chair of the
    commune for its own titles, the province's chair (through Sở Nội vụ where the rule set says so) above it."""
    from desktop.documents.context import expand_body_name

    unit = dossier.unit
    level = unit.level
    commune = expand_body_name(unit.name)
    out: dict[str, None] = {}
    for p in dossier.proposals:
        award = rs.awards.get(p.award)
        if award is None:
            continue
        auth = award.decider
        if auth.code.endswith("-xa"):
            name = f"Chủ tịch {commune}" if commune.startswith("Ủy ban") else auth.label
        elif auth.code.endswith("-tinh") or auth.code == "bo-nganh-tinh":
            name = f"Chủ tịch Ủy ban nhân dân tỉnh {unit.province}" if unit.province else auth.label
        else:
            name = auth.label
        through = auth.through.get(level)
        out[f"{name} (qua {through})" if through else name] = None
    return list(out)


def prefix_choices(dossier: Any) -> list[str]:
    from desktop.documents.context import expand_body_name

    body = expand_body_name(dossier.unit.name)
    if body.lower().startswith("ủy ban nhân dân"):
        return [UBND, DEPUTY]
    return [f"TM. {body.upper()}", "KT. THỦ TRƯỞNG", "Q. THỦ TRƯỞNG"]


# ------------------------------------------------------------------------------------------------ writing


def _set(extra: dict[str, Any], path: str, value: Any) -> None:
    parts = path.split(".")
    node = extra
    for part in parts[:-1]:
        child = node.get(part)
        if not isinstance(child, dict):
            child = {}
            node[part] = child
        node = child
    if value is None or value == "" or value == []:
        node.pop(parts[-1], None)
    else:
        node[parts[-1]] = value
    for depth in range(len(parts) - 1, 0, -1):  # an emptied {chair: {}} goes too
        parent = _get(extra, ".".join(parts[:depth - 1])) if depth > 1 else extra
        key = parts[depth - 1]
        if isinstance(parent, dict) and parent.get(key) == {}:
            parent.pop(key)


_ROLE = {"trưởng ban": "truong-ban", "truong ban": "truong-ban", "ủy viên": "uy-vien", "uỷ viên": "uy-vien",
         "uy vien": "uy-vien", "thành viên": "uy-vien"}


def parse_people(text: str | None, label: str, tail: str | None = None) -> list[dict[str, str]]:
    """"Họ tên, chức vụ[; lý do | vai trò]" per line → [{name, title[, reason | role]}]."""
    out = []
    for number, raw in enumerate((text or "").splitlines(), start=1):
        line = clean(raw).rstrip(";.")
        if not line:
            continue
        person, _, rest = line.partition(";")
        name, _, title = person.partition(",")
        name, title, rest = clean(name), clean(title), clean(rest)
        if not name or re.search(r"\d", name):
            raise EditError(f"«{label}», dòng {number}: cần «Họ tên, chức vụ», ví dụ «Nguyễn Văn An, Phó Chủ tịch "
                            f"UBND xã»")
        row = {"name": name, "title": title}
        if tail == "role":
            role = _ROLE.get(rest.lower(), "") if rest else "uy-vien"
            if not role:
                raise EditError(f"«{label}», dòng {number}: vai trò «{rest}» không rõ; ghi «Trưởng ban» hoặc "
                                f"«Ủy viên»")
            row["role"] = role
        elif tail == "reason" and rest:
            row["reason"] = rest
        out.append(row)
    if tail == "role" and sum(r["role"] == "truong-ban" for r in out) > 1:
        raise EditError(f"«{label}»: chỉ một người làm Trưởng ban kiểm phiếu")
    return out


def _letter_fields(d: Dossier) -> tuple[FormField, ...]:
    from desktop.services.dossiers import snapshot_of

    snapshot = snapshot_of(d)
    return letter_fields(recipient_choices(_ruleset_of(d), snapshot), prefix_choices(snapshot))


def _field(path: str, letters: Sequence[FormField]) -> FormField:
    if path in _PLAIN:
        return _PLAIN[path]
    for f in letters:
        if f.key == path:
            return f
    raise EditError(f"không có trường «{path}» trong biên bản họp, tờ trình hay công khai")


def _typed(f: FormField, raw: Any) -> Any:
    try:
        value = parse_value(f, raw)
    except ValueError as exc:
        raise EditError(str(exc)) from None
    if isinstance(value, date):
        return value.isoformat()
    if f.key == "meeting.attendees":
        return parse_people(value, f.label)
    if f.key == "meeting.absent":
        return parse_people(value, f.label, "reason")
    if f.key == "meeting.counting_committee":
        return parse_people(value, f.label, "role")
    if f.key == "letter.recipients":
        return [clean(x) for x in (value or "").splitlines() if clean(x)]
    if f.key in ("meeting.start_time", "meeting.end_time") and value:
        m = re.match(r"^(\d{1,2})\s*(?:[:h]|giờ)\s*(\d{2})?$", value.strip().lower())
        if not m or int(m[1]) > 23 or int(m[2] or 0) > 59:
            raise EditError(f"«{f.label}» cần giờ:phút, ví dụ 14:00 (đang là «{value}»)")
        return f"{int(m[1]):02d}:{m[2] or '00'}"
    if f.key == "meeting.vote_base_present":
        return True if value else None
    if f.key == "letter.signer.title" and value:
        return value.upper()
    return value


def set_field(store: Store, dossier_id: int, path: str, raw: Any) -> Changes:
    """One field of the meeting, the posting or the letter, typed; empty removes it."""
    return set_fields(store, dossier_id, [(path, raw)])


def set_fields(store: Store, dossier_id: int, entries: Sequence[tuple[str, Any]]) -> Changes:
    """Several fields typed in a row (the demo, a test's clerk), each checked and audited as `set_field` does, in
    one transaction: all are kept or, when one is refused, none."""
    with store.write() as s:
        d = _dossier(s, dossier_id)
        extra = copy.deepcopy(dict(d.extra or {}))
        rs = _ruleset_of(d)
        letters = _letter_fields(d) if any(path not in _PLAIN for path, _raw in entries) else ()
        for path, raw in entries:
            f = _field(path, letters)
            value = _typed(f, raw)
            if path in ("meeting.members_total", "meeting.members_present") and value is not None and value < 1:
                raise EditError(f"«{f.label}» phải từ 1 trở lên")
            _set(extra, path, value)
            audit.record(s, "dossier.section", "dossier", d.id, d.id, {"field": path, "value": value})
        _refresh_results(extra, rs)
        d.extra = extra
        return _changed(d)


def _refresh_results(extra: dict[str, Any], rs: RuleSet) -> None:
    """Each vote's result follows from its votes under the rule set's threshold; never typed by hand."""
    meeting = extra.get("meeting")
    if not isinstance(meeting, dict):
        return
    base_switch = meeting.get("vote_base_present")
    rule = vote_rule(rs, base_switch if isinstance(base_switch, bool) else None)
    for v in meeting.get("votes") or []:
        agree, total = _int(v.get("agree")), _int(v.get("total"))
        base = rule.base(_int(meeting.get("members_total")), _int(meeting.get("members_present")), total or 0)
        if agree is not None and base:
            v["result"] = rule.result(str(v.get("award")), agree, base)
        else:
            v.pop("result", None)


def set_vote(store: Store, dossier_id: int, nominee_id: str, award: str, key: str, raw: Any) -> Changes:
    """Agreeing, disagreeing or total ballots of one proposal; the result follows (undo: the old number)."""
    if key not in VOTE_KEYS:
        raise EditError(f"không có cột «{key}» trong bảng biểu quyết")
    label = {"agree": "Số phiếu đồng ý", "against": "Số phiếu không đồng ý", "total": "Tổng số phiếu"}[key]
    value = _typed(FormField(key, label, "int"), raw)
    with store.write() as s:
        d = _dossier(s, dossier_id)
        if not any(p.nominee.ref == nominee_id and p.award == award for p in d.proposals):
            raise EditError(f"hồ sơ không có đề nghị {award} của {nominee_id}")
        extra = copy.deepcopy(dict(d.extra or {}))
        meeting = extra.setdefault("meeting", {})
        votes = meeting.setdefault("votes", [])
        entry = next((v for v in votes if v.get("nominee_id") == nominee_id and v.get("award") == award), None)
        if entry is None:
            entry = {"nominee_id": nominee_id, "award": award}
            votes.append(entry)
        if value is None:
            entry.pop(key, None)
        else:
            entry[key] = value
        if not any(k in entry for k in VOTE_KEYS):
            votes.remove(entry)
        order = {(p.nominee.ref, p.award): i for i, p in enumerate(d.proposals)}
        votes.sort(key=lambda v: order.get((v.get("nominee_id"), v.get("award")), len(order)))
        _refresh_results(extra, _ruleset_of(d))
        d.extra = extra
        audit.record(s, "dossier.vote", "dossier", d.id, d.id,
                     {"nominee": nominee_id, "award": award, "field": key, "value": value})
        return _changed(d)


SECTION_KEYS = ("meeting", "letter", "posting", "report_date")


def sections(store: Store, dossier_id: int) -> dict[str, Any]:
    """The meeting, letter, posting and report date as stored: what a "fill in" command replaces and its undo restores."""
    with store.read() as s:
        d = _dossier(s, dossier_id, editable=False)
        return copy.deepcopy({k: v for k, v in (d.extra or {}).items() if k in SECTION_KEYS})


def set_sections(store: Store, dossier_id: int, values: Mapping[str, Any], action: str = "dossier.sections") -> Changes:
    with store.write() as s:
        d = _dossier(s, dossier_id)
        extra = {k: v for k, v in (d.extra or {}).items() if k not in SECTION_KEYS}
        extra.update(copy.deepcopy({k: v for k, v in values.items() if k in SECTION_KEYS and v not in (None, {})}))
        _refresh_results(extra, _ruleset_of(d))
        d.extra = extra
        audit.record(s, action, "dossier", d.id, d.id, {"keys": sorted(k for k in values if k in SECTION_KEYS)})
        return _changed(d)


# ------------------------------------------------------------------------------------------------ defaults


_REUSED = ("meeting.place", "meeting.chair", "meeting.secretary", "meeting.members_total", "meeting.attendees",
           "meeting.counting_committee", "meeting.start_time", "meeting.end_time", "letter.signer",
           "letter.recipients", "letter.place", "posting.place")


def defaults(store: Store, dossier_id: int) -> dict[str, Any]:
    """The sections with every empty field taken from the dossier edited last (the council, the signer, the
    places) and, failing that, the unit profile's first signer and the one "Kính gửi" the awards allow."""
    from desktop.services.dossiers import snapshot_of

    with store.read() as s:
        d = _dossier(s, dossier_id, editable=False)
        current = copy.deepcopy({k: v for k, v in (d.extra or {}).items() if k in SECTION_KEYS})
        last = s.scalar(select(Dossier).where(Dossier.id != dossier_id, Dossier.deleted_at.is_(None))
                        .order_by(Dossier.updated_at.desc(), Dossier.id.desc()).limit(1))
        previous = dict(last.extra or {}) if last is not None else {}
        snapshot = snapshot_of(d)
        choices = recipient_choices(_ruleset_of(d), snapshot)
        signers = list(d.unit.signers or []) if d.unit else []
    for path in _REUSED:
        value = _get(previous, path)
        if value not in (None, "", []) and _get(current, path) in (None, "", []):
            _set(current, path, copy.deepcopy(value))
    if _get(current, "letter.signer") is None and signers:
        _set(current, "letter.signer", dict(signers[0]))
    if _get(current, "letter.recipient") is None and len(choices) == 1:
        _set(current, "letter.recipient", choices[0])
    members = _get(current, "meeting.attendees")
    if isinstance(members, list) and _get(current, "meeting.members_present") is None \
            and _get(current, "meeting.members_total") == len(members):
        _set(current, "meeting.members_present", len(members))
    return current


def fill_unanimous(store: Store, dossier_id: int) -> Changes:
    """Every proposal without a vote gets the present members' ballots, all agreeing: the usual outcome, typed once
    (the clerk corrects the rows that differ). One step of undo through `set_sections`."""
    with store.write() as s:
        d = _dossier(s, dossier_id)
        extra = copy.deepcopy(dict(d.extra or {}))
        meeting = extra.setdefault("meeting", {})
        present = _int(meeting.get("members_present"))
        if not present:
            raise EditError("Hãy nhập «Số thành viên có mặt» trước khi điền kết quả biểu quyết")
        votes = meeting.setdefault("votes", [])
        have = {(v.get("nominee_id"), v.get("award")) for v in votes}
        for p in d.proposals:
            if (p.nominee.ref, p.award) not in have:
                votes.append({"nominee_id": p.nominee.ref, "award": p.award, "agree": present, "against": 0,
                              "total": present})
        order = {(p.nominee.ref, p.award): i for i, p in enumerate(d.proposals)}
        votes.sort(key=lambda v: order.get((v.get("nominee_id"), v.get("award")), len(order)))
        _refresh_results(extra, _ruleset_of(d))
        d.extra = extra
        audit.record(s, "dossier.votes.fill", "dossier", d.id, d.id, {"present": present})
        return _changed(d)
