"""What a page needs besides the dossier: the letterhead, signers, numbers, dates, margins and the draft flag.

Pure data, built from the dossier's extension keys (docs/dossier-extensions.md) with defaults, so that a plain
`hskt-dossier/1` file renders too: anything unknown prints as the blank a clerk fills by hand, never as an invented value.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from desktop.awards.catalogue import award_name
from desktop.awards.model import RuleSetError
from desktop.snapshot import Dossier
from desktop.vn.dates import DateError, parse_iso
from desktop.vn.text import clean

# NĐ 30/2020 Phụ lục I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
MARGIN_RANGES: dict[str, tuple[float, float]] = {
    "top": (20, 25), "bottom": (20, 25), "left": (30, 35), "right": (15, 20),
}
COUNCIL_NAME = "Hội đồng Thi đua - Khen thưởng"
COUNCIL_CODE = "HĐTĐKT"


@dataclass(frozen=True)
class Margins:
    """Millimetres; refused outside the legal ranges so no page can drift out of shape."""

    top: float = 20
    bottom: float = 20
    left: float = 30
    right: float = 15

    def __post_init__(self) -> None:
        for side, (lo, hi) in MARGIN_RANGES.items():
            value = getattr(self, side)
            if not lo <= value <= hi:
                raise ValueError(f"lề {side} {value} mm nằm ngoài khoảng {lo}–{hi} mm của Nghị định 30/2020")


@dataclass(frozen=True)
class Signer:
    title: str  # "CHỦ TỊCH"
    name: str = ""  # empty: the line stays blank for the clerk
    prefix: str | None = None  # "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "TL.", "TUQ.", "Q."
    deputy_title: str | None = None  # under "KT. CHỦ TỊCH": the deputy's own title, "PHÓ CHỦ TỊCH"


@dataclass(frozen=True)
class Person:
    name: str
    title: str = ""


@dataclass(frozen=True)
class Absent:
    name: str
    title: str = ""
    reason: str = ""


@dataclass(frozen=True)
class CountingMember:
    name: str
    title: str = ""
    role: str = "uy-vien"  # "truong-ban" heads the counting committee and signs its minutes


Counter = CountingMember  # the name the services use


@dataclass(frozen=True)
class Vote:
    nominee_id: str
    award: str
    agree: int
    total: int
    against: int | None = None
    result: str | None = None  # "dat" | "khong-dat", as the council recorded it


@dataclass(frozen=True)
class Meeting:
    date: date | None = None
    place: str | None = None
    chair: Person | None = None
    secretary: Person | None = None
    members_total: int | None = None
    members_present: int | None = None
    attendees: tuple[Person, ...] = ()
    votes: tuple[Vote, ...] = ()
    conclusion: str | None = None
    number: int | None = None
    start_time: str | None = None  # "14:00" (DOSSIER-JSON) or "14 giờ 00"
    end_time: str | None = None
    absent: tuple[Absent, ...] = ()
    counting_committee: tuple[CountingMember, ...] = ()
    vote_base_present: bool | None = None  # the clerk's switch of the rule set's vote base; None: the rule set's

    def vote_for(self, nominee_id: str, award: str) -> Vote | None:
        return next((v for v in self.votes if v.nominee_id == nominee_id and v.award == award), None)

    @property
    def counting_head(self) -> CountingMember | None:
        return next((c for c in self.counting_committee if c.role == "truong-ban"), None)


@dataclass(frozen=True)
class Posting:
    date_from: date | None = None
    date_to: date | None = None
    place: str | None = None


@dataclass(frozen=True)
class RenderContext:
    issuing_body: str  # "Ủy ban nhân dân xã Tân Lập"; printed in capitals
    body_code: str  # "UBND", the symbol's issuing-body part
    place: str  # "Tân Lập"
    signer: Signer
    parent_body: str | None = None  # printed above the issuing body, not bold
    letter_number: int | None = None
    letter_date: date | None = None
    # A preview: the number and date are the ones signing will give, printed with "(cấp khi ký)".
    number_pending: bool = False
    recipient: str = ""  # "Kính gửi: ..."
    recipients: tuple[str, ...] = ()  # "Nơi nhận:"
    letter_body: str | None = None
    report_date: date | None = None  # the date the báo cáo thành tích carry: on or before the meeting
    meeting: Meeting | None = None
    posting: Posting | None = None
    margins: Margins = field(default_factory=Margins)
    body_size: float = 13  # NĐ 30: 13–14 pt
    draft: bool = False
    procedure: str = "thong-thuong"
    ruleset: str | None = None
    award_names: Mapping[str, str] = field(default_factory=dict)  # formal names, place filled in
    province: str | None = None  # "tỉnh Bắc Ninh", "thành phố Hà Nội": the báo cáo's place line (Mẫu 02/03 note 1)
    attached: tuple[str, ...] = ()  # component codes of the documents filed with the dossier (not printed by HSKT)
    council_name: str = COUNCIL_NAME
    council_code: str = COUNCIL_CODE
    stamp_date: date = date(2000, 1, 1)  # the PDFs' creation date: derived from the dossier, never the clock

    def __post_init__(self) -> None:
        if not 13 <= self.body_size <= 14:
            raise ValueError(f"cỡ chữ nội dung {self.body_size} nằm ngoài khoảng 13–14 của Nghị định 30/2020")

    def award_name(self, code: str) -> str:
        """The award's formal name per its deciding authority and place ("Bằng khen của Chủ tịch Ủy ban nhân dân
        tỉnh Bắc Ninh"), else the catalogue's."""
        return self.award_names.get(code) or _catalogue_name(code) or code

    def catalogue_name(self, code: str) -> str:
        """The catalogue's name: for past honours, whose deciding body the issuer column names."""
        return _catalogue_name(code) or code


def _catalogue_name(code: str) -> str | None:
    """The rule sets' display name; a code no rule set knows prints as itself (the checker reports it)."""
    try:
        name = award_name(code)
    except RuleSetError:  # a broken resources folder must not stop a clerk from printing
        return None
    return name if name and name != code else None


# ------------------------------------------------------------------------------------------------- from a dossier


_UBND = re.compile(r"^(ubnd|ủy ban nhân dân|uỷ ban nhân dân)\s+", re.IGNORECASE)
_LEVEL_WORD = re.compile(r"^(xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|thành phố|tỉnh)\s+", re.IGNORECASE)


def expand_body_name(name: str) -> str:
    """"UBND xã Tân Lập" → "Ủy ban nhân dân xã Tân Lập": NĐ 30 wants the body's name in full."""
    return _UBND.sub("Ủy ban nhân dân ", clean(name))


def body_code_of(name: str) -> str:
    """The symbol part for a body: UBND for a People's Committee, else the initials of its words."""
    full = expand_body_name(name)
    if _UBND.match(full):
        return "UBND"
    words = [w for w in re.split(r"[\s\-–]+", full) if w]
    return "".join(w[0].upper() for w in words if w[0].isalpha()) or "VP"


def place_of(name: str) -> str:
    """"UBND xã Tân Lập" → "Tân Lập", the place printed before the date."""
    rest = _UBND.sub("", clean(name))
    return _LEVEL_WORD.sub("", rest)


def _obj(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _day(value: Any) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return parse_iso(value)
    except DateError:
        return None


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _text(value: Any) -> str | None:
    return clean(value) or None if isinstance(value, str) else None


def _person(value: Any) -> Person | None:
    o = _obj(value)
    name = _text(o.get("name"))
    return Person(name, _text(o.get("title")) or "") if name else None


def _signer(value: Any) -> Signer | None:
    o = _obj(value)
    title = _text(o.get("title"))
    if not title:
        return None
    return Signer(title=title, name=_text(o.get("name")) or "", prefix=_text(o.get("prefix")),
                  deputy_title=_text(o.get("deputy_title")))


def _meeting(raw: Any) -> Meeting | None:
    o = _obj(raw)
    if not o:
        return None
    votes = []
    for v in o.get("votes") or []:
        vo = _obj(v)
        nid, award, agree, total = _text(vo.get("nominee_id")), _text(vo.get("award")), _int(vo.get("agree")), \
            _int(vo.get("total"))
        result = _text(vo.get("result"))
        if nid and award and agree is not None and total:
            votes.append(Vote(nid, award, agree, total, _int(vo.get("against")),
                              result if result in ("dat", "khong-dat") else None))
    attendees = tuple(p for p in (_person(a) for a in o.get("attendees") or []) if p)
    absent = tuple(Absent(name, _text(_obj(a).get("title")) or "", _text(_obj(a).get("reason")) or "")
                   for a in o.get("absent") or [] if (name := _text(_obj(a).get("name"))))
    committee = tuple(CountingMember(name, _text(_obj(c).get("title")) or "",
                                     "truong-ban" if _obj(c).get("role") == "truong-ban" else "uy-vien")
                      for c in o.get("counting_committee") or [] if (name := _text(_obj(c).get("name"))))
    base = o.get("vote_base_present")
    return Meeting(
        date=_day(o.get("date")), place=_text(o.get("place")), chair=_person(o.get("chair")),
        secretary=_person(o.get("secretary")), members_total=_int(o.get("members_total")),
        members_present=_int(o.get("members_present")), attendees=attendees, votes=tuple(votes),
        conclusion=_text(o.get("conclusion")), number=_int(o.get("number")),
        start_time=_text(o.get("start_time")), end_time=_text(o.get("end_time")), absent=absent,
        counting_committee=committee, vote_base_present=base if isinstance(base, bool) else None,
    )


# The centrally-run cities after the 2025 merger: "thành phố Hà Nội", never "tỉnh Hà Nội".
CENTRAL_CITIES = frozenset({"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"})
_PROVINCE_WORD = re.compile(r"^(tỉnh|thành phố|tp\.?)\s+", re.IGNORECASE)


def province_name(province: str | None) -> str | None:
    """"Bắc Ninh" → "tỉnh Bắc Ninh", "Hà Nội" → "thành phố Hà Nội"; a name given with its word keeps it."""
    name = clean(province or "")
    if not name:
        return None
    m = _PROVINCE_WORD.match(name)
    bare = name[m.end():] if m else name
    if bare.lower().startswith("thành phố "):
        bare = bare[len("thành phố "):]
    return f"thành phố {bare}" if bare in CENTRAL_CITIES or (m and m[1].lower() != "tỉnh") else f"tỉnh {bare}"


def commune_name(unit_name: str) -> str | None:
    """"UBND xã Tân Lập" → "xã Tân Lập": the place in a commune chairman's Giấy khen; None for other bodies."""
    rest = _UBND.sub("", clean(unit_name))
    return rest if rest != clean(unit_name) and _LEVEL_WORD.match(rest) else None


def formal_award_names(ruleset: str | None, province: str | None, commune: str | None) -> dict[str, str]:
    """The rule set's formal names (award_names.toml) with the place filled in; a name whose place is unknown is
    left out, so the catalogue's name prints instead of an invented or blank place."""
    from desktop.awards.catalogue import load_ruleset, ruleset_names

    if not ruleset or ruleset not in ruleset_names():
        return {}
    try:
        templates = load_ruleset(ruleset).formal_names
    except RuleSetError:
        return {}
    places = {"province": province, "commune": commune}
    out: dict[str, str] = {}
    for code, template in templates.items():
        needed = re.findall(r"{(\w+)}", template)
        if all(places.get(k) for k in needed):
            out[code] = template.format(**{k: places[k] for k in needed})
    return out


def _default_signer(unit_name: str) -> Signer:
    full = expand_body_name(unit_name)
    if _UBND.match(full):
        return Signer(prefix="TM. ỦY BAN NHÂN DÂN", title="CHỦ TỊCH")
    return Signer(title="THỦ TRƯỞNG ĐƠN VỊ")


def context_from_dossier(d: Dossier, *, draft: bool | None = None, margins: Margins | None = None,
                         award_names: Mapping[str, str] | None = None, pending_number: int | None = None,
                         pending_date: date | None = None) -> RenderContext:
    """Read the extension keys; `draft=None` marks the pages BẢN NHÁP when the letter has no number or date yet or
    a normal-procedure dossier has no meeting (the service passes the checklist's verdict instead).

    `pending_number` / `pending_date`: what signing will give a letter that has none yet (the unit's next number,
    the signing day); printed with "(cấp khi ký)" so the preview shows what will be signed."""
    unit_extra = d.unit.extra
    letter = _obj(d.extra.get("letter"))
    signers = [s for s in (_signer(x) for x in unit_extra.get("signers") or []) if s]
    signer = _signer(letter.get("signer")) or (signers[0] if signers else _default_signer(d.unit.name))
    issuing = expand_body_name(d.unit.name)
    parent = d.unit.parent
    # A People's Committee heads its own letters (no managing body line); an office or school names its parent.
    if parent and _UBND.match(issuing):
        parent = None
    place = _text(letter.get("place")) or _text(unit_extra.get("place")) or place_of(d.unit.name)
    procedure = _text(d.extra.get("procedure")) or "thong-thuong"
    meeting = _meeting(d.extra.get("meeting"))
    posting_raw = _obj(d.extra.get("posting"))
    posting = Posting(_day(posting_raw.get("from")), _day(posting_raw.get("to")),
                      _text(posting_raw.get("place"))) if posting_raw else None
    letter_date = _day(letter.get("date"))
    number = _int(letter.get("number"))
    number_later = number is None and pending_number is not None
    date_later = letter_date is None and pending_date is not None
    # (the services' preview instead puts signing's number and date into the letter and sets number_pending)
    recipients = tuple(t for t in (_text(x) for x in letter.get("recipients") or []) if t)
    if draft is None:
        draft = number is None or letter_date is None or (procedure != "don-gian" and meeting is None)
    stamp = letter_date or d.as_of or (date(d.year, 12, 31) if d.year else date(2000, 1, 1))
    province = province_name(d.unit.province)
    names = formal_award_names(d.ruleset, province, commune_name(d.unit.name))
    names.update(award_names or {})
    return RenderContext(
        issuing_body=issuing,
        body_code=_text(unit_extra.get("short_name")) or body_code_of(d.unit.name),
        place=place,
        signer=signer,
        parent_body=expand_body_name(parent) if parent else None,
        letter_number=pending_number if number_later else number,
        letter_date=pending_date if date_later else letter_date,
        number_pending=number_later or date_later,
        recipient=_text(letter.get("recipient")) or "",
        recipients=recipients,
        letter_body=letter.get("body") if isinstance(letter.get("body"), str) else None,
        report_date=_day(d.extra.get("report_date")),
        meeting=meeting,
        posting=posting,
        margins=margins or Margins(),
        draft=draft,
        procedure=procedure,
        ruleset=d.ruleset,
        award_names=names,
        province=province,
        attached=tuple(dict.fromkeys(doc.component for doc in d.documents)),
        stamp_date=stamp,
    )
