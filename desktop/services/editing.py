"""Editing one dossier: its header, nominees, proposals and their guided forms, attachments, status and revisions.

Each function is one short transaction with its audit event. `state()` gives the editor everything it shows, with
the ids it edits by and the verdict of the rule set, so after every committed edit the issues panel is current.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import snapshot as snap
from desktop.awards.catalogue import load_ruleset, ruleset_for
from desktop.awards.checklist import procedure_of
from desktop.awards.model import FormField, FormSpec, RuleSet
from desktop.awards.results import CheckReport
from desktop.models import (
    Campaign,
    Dossier,
    DossierDocument,
    DossierNominee,
    DossierRevision,
    Proposal,
    Subject,
)
from desktop.models.base import utcnow
from desktop.services import attachments, audit
from desktop.services.changes import Changes
from desktop.services.dossiers import NotFound, _load, own_unit, refresh_summary, snapshot_of
from desktop.services.issue_targets import editor_field
from desktop.services.judging import judge
from desktop.services.registry_edit import create_subject, parse_value
from desktop.store.database import Store
from desktop.vn.text import clean

PROCEDURES = {"thong-thuong": "Thủ tục thông thường", "don-gian": "Thủ tục đơn giản (Điều 85)"}
READ_ONLY_STATUSES = ("da-ky", "da-gui", "bi-tra-lai")
# Which status may follow which: the clerk moves forward; a return comes from the level above; "nhap" again
# after "đã kiểm tra" when something must change.
TRANSITIONS = {
    "nhap": ("da-kiem-tra",),
    "da-kiem-tra": ("nhap", "da-ky"),
    "da-ky": ("da-gui",),
    "da-gui": ("bi-tra-lai",),
    "bi-tra-lai": (),  # a returned dossier is corrected in a new revision
}
ACCEPTED_SUFFIXES = {".pdf": "application/pdf", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".png": "image/png"}
_REF_PREFIX = {"individual": "cn", "collective": "tt", "household": "hgd"}


class EditError(ValueError):
    """An edit that cannot be made; the message says why and what to do, in Vietnamese."""


@dataclass(frozen=True)
class NomineeItem:
    ref: str
    subject_id: int
    kind: str
    name: str


@dataclass(frozen=True)
class ProposalItem:
    id: int
    nominee_ref: str
    subject_id: int
    kind: str
    award: str
    year: int
    form: Mapping[str, Any]


@dataclass(frozen=True)
class DocumentItem:
    id: int
    component: str
    nominee_ref: str | None
    file: str
    size: int | None
    pages: int | None
    media_type: str | None


@dataclass(frozen=True)
class Comment:
    """A reviewer's comment on a returned revision, pinned to a nominee and a dossier.json path or form key."""

    revision: int
    nominee_ref: str | None
    field: str | None
    text: str


@dataclass(frozen=True)
class RevisionItem:
    number: int
    status: str
    reason: str
    frozen_at: Any


@dataclass(frozen=True)
class DossierState:
    id: int
    title: str
    status: str
    revision: int
    campaign: str
    year: int | None
    procedure: str
    ruleset: RuleSet
    nominees: tuple[NomineeItem, ...]
    proposals: tuple[ProposalItem, ...]
    documents: tuple[DocumentItem, ...]
    report: CheckReport
    comments: tuple[Comment, ...]
    revisions: tuple[RevisionItem, ...]
    snapshot: snap.Dossier = field(repr=False)

    @property
    def read_only(self) -> bool:
        return self.status in READ_ONLY_STATUSES

    def nominee(self, ref: str) -> NomineeItem | None:
        return next((n for n in self.nominees if n.ref == ref), None)

    def proposal(self, proposal_id: int) -> ProposalItem | None:
        return next((p for p in self.proposals if p.id == proposal_id), None)

    def form_spec(self, proposal: ProposalItem) -> FormSpec | None:
        return self.ruleset.form_for(proposal.award, proposal.kind)

    def shown_fields(self, proposal: ProposalItem) -> tuple[FormField, ...]:
        spec = self.form_spec(proposal)
        facts = {"procedure": self.procedure, "award": proposal.award, "kind": proposal.kind}
        return tuple(f for f in spec.fields if f.shown(**facts)) if spec else ()

    def verdict(self, proposal: ProposalItem) -> Any:
        for i, p in enumerate(self.proposals):
            if p.id == proposal.id and i < len(self.report.proposals):
                return self.report.proposals[i]
        return None


def _ruleset_of(d: Dossier) -> RuleSet:
    return load_ruleset(d.ruleset) if d.ruleset else ruleset_for(d.as_of or date.today())


def _state_of(s: Session, d: Dossier) -> DossierState:
    dossier = snapshot_of(d)
    rs = _ruleset_of(d)
    report = judge(dossier, rs)  # the forms HSKT prints count as present; the fields they print are required
    atts = {doc.id: doc.attachment for doc in d.documents}
    raw_comments = (d.extra or {}).get("return_comments") or []
    return DossierState(
        id=d.id, title=d.title, status=d.status, revision=d.revision,
        campaign=d.campaign.name if d.campaign else "", year=d.campaign.year if d.campaign else None,
        procedure=procedure_of(dossier), ruleset=rs,
        nominees=tuple(NomineeItem(dn.ref, dn.subject_id, dn.subject.kind, dn.subject.display_name)
                       for dn in d.nominees),
        proposals=tuple(ProposalItem(p.id, p.nominee.ref, p.nominee.subject_id, p.nominee.subject.kind, p.award,
                                     p.year, dict(p.form or {})) for p in d.proposals),
        documents=tuple(DocumentItem(doc.id, doc.component, doc.nominee.ref if doc.nominee else None, doc.file,
                                     a.size if (a := atts[doc.id]) else None, a.page_count if a else None,
                                     a.media_type if a else None) for doc in d.documents),
        report=report,
        comments=tuple(Comment(int(c.get("revision", 0)), c.get("nominee_id"), editor_field(c.get("field")),
                               str(c.get("comment", "")))
                       for c in raw_comments if isinstance(c, Mapping)),
        revisions=tuple(RevisionItem(r.number, r.status, r.reason, r.frozen_at) for r in d.revisions),
        snapshot=dossier,
    )


def state(store: Store, dossier_id: int) -> DossierState:
    with store.read() as s:
        return _state_of(s, _load(s, dossier_id))


def _dossier(s: Session, dossier_id: int, editable: bool = True) -> Dossier:
    d = s.get(Dossier, dossier_id)
    if d is None or d.deleted_at is not None:
        raise NotFound(f"không có hồ sơ số {dossier_id}")
    if editable and d.status in READ_ONLY_STATUSES:
        raise EditError(f"Hồ sơ đang ở trạng thái chỉ xem; để sửa, hãy {'tạo bản sửa đổi' if d.status == 'bi-tra-lai' else 'chuyển về nháp'}")
    return d


def _changed(d: Dossier) -> Changes:
    d.updated_at = utcnow()
    return Changes(dossiers=frozenset({d.id}))


# ------------------------------------------------------------------------------------------------ creating


def create(store: Store, title: str, campaign: str, year: int, procedure: str = "thong-thuong",
           as_of: date | None = None) -> tuple[int, Changes]:
    """A new dossier for a campaign and year, judged by the rule set in force on `as_of` (default today)."""
    title, campaign = clean(title), clean(campaign)
    if not title:
        raise EditError("Hãy đặt tên hồ sơ, ví dụ: Đề nghị danh hiệu thi đua năm 2026")
    if not campaign:
        raise EditError("Hãy nhập tên đợt xét, ví dụ: Xét khen thưởng tổng kết năm 2026")
    if not 2000 <= year <= 2100:
        raise EditError(f"Năm xét {year} không hợp lệ")
    if procedure not in PROCEDURES:
        raise EditError(f"thủ tục {procedure!r} không hợp lệ")
    rs = ruleset_for(as_of or date.today())
    with store.write() as s:
        unit = own_unit(s)
        if unit is None:
            raise EditError("Chưa khai báo đơn vị; hãy nhập thông tin đơn vị trong Cài đặt trước")
        d = Dossier(title=title, unit=unit, campaign=campaign_for(s, campaign, year), status="nhap",
                    ruleset=rs.name, as_of=as_of, extra={"procedure": procedure})
        s.add(d)
        refresh_summary(s, d)
        s.flush()
        audit.record(s, "dossier.create", "dossier", d.id, d.id, {"title": title, "campaign": campaign, "year": year})
        return d.id, Changes(dossiers=frozenset({d.id}))


def campaign_for(s: Session, name: str, year: int) -> Campaign:
    found = s.scalar(select(Campaign).where(Campaign.name == name, Campaign.year == year).limit(1))
    if found is None:
        found = Campaign(name=name, year=year, extra={})
        s.add(found)
    return found


def campaigns(store: Store) -> list[tuple[str, int]]:
    with store.read() as s:
        return [(c.name, c.year) for c in s.scalars(select(Campaign).order_by(Campaign.year.desc(), Campaign.name))]


# ------------------------------------------------------------------------------------------------ header


DOSSIER_FIELDS = {
    "title": FormField("title", "Tên hồ sơ", "text", required=True),
    "campaign": FormField("campaign", "Đợt xét", "text", required=True),
    "year": FormField("year", "Năm xét", "int", required=True),
    "procedure": FormField("procedure", "Thủ tục", "choice", choices=tuple(PROCEDURES)),
}


def set_dossier_field(store: Store, dossier_id: int, key: str, raw: Any) -> Changes:
    f = DOSSIER_FIELDS[key]
    value = parse_value(f, raw)
    if value in (None, "") and f.required:
        raise EditError(f"«{f.label}» không được để trống")
    with store.write() as s:
        d = _dossier(s, dossier_id)
        if key == "title":
            d.title = value
            refresh_summary(s, d)
        elif key in ("campaign", "year"):
            name = value if key == "campaign" else (d.campaign.name if d.campaign else "")
            year = value if key == "year" else (d.campaign.year if d.campaign else date.today().year)
            if key == "year" and not 2000 <= year <= 2100:
                raise EditError(f"Năm xét {year} không hợp lệ")
            d.campaign = campaign_for(s, name or "Đợt xét", year)
            for p in d.proposals:  # proposals follow the year under review
                p.year = year
        else:
            d.extra = {**(d.extra or {}), "procedure": value}
        audit.record(s, "dossier.set", "dossier", d.id, d.id, {"field": key, "value": value})
        return _changed(d)


# ------------------------------------------------------------------------------------------------ nominees


def next_ref(d: Dossier, kind: str) -> str:
    used = {dn.ref for dn in d.nominees}
    i = 1
    while f"{_REF_PREFIX[kind]}{i:02d}" in used:
        i += 1
    return f"{_REF_PREFIX[kind]}{i:02d}"


def add_nominee(store: Store, dossier_id: int, subject_id: int | None = None, kind: str = "individual",
                name: str = "", award: str | None = None) -> tuple[int | None, Changes]:
    """Put a registry subject (or a new one named `name`) into the dossier, and propose `award` for them.

    Returns the new proposal's id (None without an award)."""
    with store.write() as s:
        d = _dossier(s, dossier_id)
        subject = s.get(Subject, subject_id) if subject_id is not None else create_subject(s, kind, name)
        if subject is None:
            raise NotFound(f"không có đối tượng số {subject_id} trong sổ")
        dn = next((x for x in d.nominees if x.subject_id == subject.id), None)
        if dn is None:
            dn = DossierNominee(subject=subject, ref=next_ref(d, subject.kind), position=len(d.nominees))
            d.nominees.append(dn)
            audit.record(s, "nominee.add", "dossier", d.id, d.id, {"subject": subject.id, "ref": dn.ref})
        proposal_id = propose(s, d, dn, award) if award else None
        refresh_summary(s, d)
        return proposal_id, _changed(d) | Changes(subjects=frozenset({subject.id}))


def propose(s: Session, d: Dossier, dn: DossierNominee, award_code: str) -> int:
    """Add one proposal of `award_code` for the dossier nominee `dn` (flushed; the caller commits); its id."""
    rs = _ruleset_of(d)
    award = rs.awards.get(award_code)
    if award is None or award.historical:
        raise EditError(f"Bộ quy tắc {rs.name} không có hình thức «{award_code}» để đề nghị")
    if dn.subject.kind not in award.subjects:
        raise EditError(f"{award.name} không xét cho {dn.subject.display_name}")
    year = d.campaign.year if d.campaign else date.today().year
    if any(p.nominee is dn and p.award == award_code for p in d.proposals):
        raise EditError(f"{dn.subject.display_name} đã được đề nghị {award.name} trong hồ sơ này")
    p = Proposal(nominee=dn, award=award_code, year=year, position=len(d.proposals), form={}, extra={})
    d.proposals.append(p)
    s.flush()
    audit.record(s, "proposal.add", "proposal", p.id, d.id, {"nominee": dn.ref, "award": award_code, "year": year})
    return p.id


def add_proposal(store: Store, dossier_id: int, nominee_ref: str, award: str) -> tuple[int, Changes]:
    with store.write() as s:
        d = _dossier(s, dossier_id)
        dn = next((x for x in d.nominees if x.ref == nominee_ref), None)
        if dn is None:
            raise NotFound(f"hồ sơ không có đối tượng {nominee_ref}")
        return propose(s, d, dn, award), _changed(d)


def remove_proposal(store: Store, proposal_id: int) -> Changes:
    with store.write() as s:
        p = s.get(Proposal, proposal_id)
        if p is None:
            raise NotFound(f"không có đề nghị số {proposal_id}")
        d = _dossier(s, p.dossier_id)
        d.proposals.remove(p)
        for i, q in enumerate(d.proposals):
            q.position = i
        audit.record(s, "proposal.remove", "proposal", proposal_id, d.id, {"award": p.award})
        return _changed(d)


def remove_nominee(store: Store, dossier_id: int, nominee_ref: str) -> Changes:
    """Take a nominee out of the dossier (the registry keeps them), with their proposals and documents."""
    with store.write() as s:
        d = _dossier(s, dossier_id)
        dn = next((x for x in d.nominees if x.ref == nominee_ref), None)
        if dn is None:
            raise NotFound(f"hồ sơ không có đối tượng {nominee_ref}")
        d.proposals = [p for p in d.proposals if p.nominee is not dn]
        d.documents = [doc for doc in d.documents if doc.nominee is not dn]
        d.nominees.remove(dn)
        for i, dn_ in enumerate(d.nominees):
            dn_.position = i
        for i, p in enumerate(d.proposals):
            p.position = i
        for i, doc in enumerate(d.documents):
            doc.position = i
        refresh_summary(s, d)
        audit.record(s, "nominee.remove", "dossier", d.id, d.id, {"ref": nominee_ref})
        return _changed(d)


# ------------------------------------------------------------------------------------------------ guided form


def set_form_field(store: Store, proposal_id: int, key: str, raw: Any) -> Changes:
    """One field of a proposal's guided form, typed by the rule set's form spec; empty removes the key."""
    with store.write() as s:
        p = s.get(Proposal, proposal_id)
        if p is None:
            raise NotFound(f"không có đề nghị số {proposal_id}")
        d = _dossier(s, p.dossier_id)
        spec = _ruleset_of(d).form_for(p.award, p.nominee.subject.kind)
        f = next((x for x in spec.fields if x.key == key), None) if spec else None
        if f is None:
            raise EditError(f"biểu mẫu của đề nghị này không có trường «{key}»")
        value = parse_value(f, raw)
        if isinstance(value, date):
            value = value.isoformat()
        form = dict(p.form or {})
        if value in (None, "") or (f.type == "bool" and value is False):
            form.pop(key, None)
        else:
            form[key] = value
        p.form = form
        audit.record(s, "proposal.form", "proposal", p.id, d.id, {"field": key, "value": value})
        return _changed(d)


# ------------------------------------------------------------------------------------------------ attachments


@dataclass(frozen=True)
class AttachCheck:
    ok: bool
    message: str


def check_file(path: Path) -> AttachCheck:
    """Type (by suffix and by content) and size, before anything is copied: what the drop zone says at once."""
    suffix = path.suffix.lower()
    if suffix not in ACCEPTED_SUFFIXES:
        return AttachCheck(False, f"Tệp {path.name} không nhận được: chỉ nhận PDF, JPG hoặc PNG")
    if not path.is_file():
        return AttachCheck(False, f"Không tìm thấy tệp {path.name}")
    size = path.stat().st_size
    if size > attachments.MAX_ATTACHMENT_BYTES:
        return AttachCheck(False, f"Tệp {path.name} lớn {size / (1 << 20):.0f} MB, vượt giới hạn "
                                  f"{attachments.MAX_ATTACHMENT_BYTES >> 20} MB; hãy quét lại với độ phân giải thấp hơn")
    with open(path, "rb") as fh:
        media = attachments.sniff(fh.read(16))
    if media is None or media != ACCEPTED_SUFFIXES[suffix]:
        return AttachCheck(False, f"Nội dung tệp {path.name} không phải {suffix[1:].upper()} như tên tệp; "
                                  "hãy xuất lại tệp từ máy quét")
    return AttachCheck(True, "")


def attach(store: Store, dossier_id: int, component: str, nominee_ref: str | None, path: Path) -> tuple[int, Changes]:
    """Copy a file into the content-addressed store and record it as a component of the dossier."""
    check = check_file(path)
    if not check.ok:
        raise EditError(check.message)
    staged = attachments.stage(store.paths.attachments, path)
    try:
        with store.write() as s:
            d = _dossier(s, dossier_id)
            if component not in snap.COMPONENTS:
                raise EditError(f"thành phần hồ sơ «{component}» không có trong danh mục")
            dn = next((x for x in d.nominees if x.ref == nominee_ref), None) if nominee_ref else None
            att = attachments.record(s, staged)
            doc = DossierDocument(component=component, nominee=dn, attachment=att, file=_file_name(d, path, staged.sha256),
                                  sha256=staged.sha256, position=len(d.documents), extra={})
            d.documents.append(doc)
            s.flush()
            audit.record(s, "document.attach", "document", doc.id, d.id,
                         {"component": component, "nominee": nominee_ref, "sha256": staged.sha256,
                          "pages": staged.page_count})
            return doc.id, _changed(d)
    except BaseException:
        attachments.unstage(staged)
        raise


def _file_name(d: Dossier, path: Path, sha: str) -> str:
    name = clean(path.name) or f"{sha[:12]}{path.suffix.lower()}"
    used = {doc.file for doc in d.documents}
    if name not in used:
        return name
    return f"{path.stem}-{sha[:8]}{path.suffix.lower()}"


def detach(store: Store, document_id: int) -> Changes:
    with store.write() as s:
        doc = s.get(DossierDocument, document_id)
        if doc is None:
            raise NotFound(f"không có tài liệu số {document_id}")
        d = _dossier(s, doc.dossier_id)
        d.documents.remove(doc)
        audit.record(s, "document.detach", "document", document_id, d.id, {"component": doc.component})
        return _changed(d)


# ------------------------------------------------------------------------------------------------ status, revisions


def set_status(store: Store, dossier_id: int, status: str) -> Changes:
    with store.write() as s:
        d = _dossier(s, dossier_id, editable=False)
        if status not in TRANSITIONS.get(d.status, ()):
            raise EditError(f"Không chuyển được hồ sơ từ «{_label(d.status)}» sang «{_label(status)}»")
        if status in ("da-kiem-tra", "da-ky"):
            report = judge(snapshot_of(_load(s, dossier_id)), _ruleset_of(d))
            if not report.complete:
                raise EditError("Hồ sơ chưa đầy đủ: hãy xử lý các lỗi và thành phần còn thiếu trong bảng Kiểm tra")
        old, d.status = d.status, status
        audit.record(s, "dossier.status", "dossier", d.id, d.id, {"from": old, "to": status})
        return _changed(d)


def _label(status: str) -> str:
    from desktop.models import STATUS_LABELS

    return STATUS_LABELS.get(status, status)


def _freeze(s: Session, d: Dossier, reason: str) -> DossierRevision:
    content = snap.canonical_bytes(snapshot_of(_load(s, d.id)))
    rev = DossierRevision(number=d.revision, status=d.status, reason=reason, content=content,
                          sha256=hashlib.sha256(content).hexdigest())
    d.revisions.append(rev)
    return rev


def return_dossier(store: Store, dossier_id: int, comments: Sequence[Mapping[str, Any]], reviewer: str = "") -> Changes:
    """The level above returned the dossier: keep the revision as it was sent and pin the comments to fields."""
    with store.write() as s:
        d = _dossier(s, dossier_id, editable=False)
        if "bi-tra-lai" not in TRANSITIONS.get(d.status, ()):
            raise EditError(f"Chỉ hồ sơ đã gửi mới bị trả lại; hồ sơ này đang «{_label(d.status)}»")
        pinned = [{"revision": d.revision, "nominee_id": c.get("nominee_id"), "field": c.get("field"),
                   "comment": clean(str(c.get("comment", ""))), "from": clean(reviewer)} for c in comments]
        d.status = "bi-tra-lai"
        d.extra = {**(d.extra or {}), "return_comments": [*((d.extra or {}).get("return_comments") or []), *pinned]}
        _freeze(s, d, "bị trả lại")
        audit.record(s, "dossier.return", "dossier", d.id, d.id, {"revision": d.revision, "comments": len(pinned)})
        return _changed(d)


def new_revision(store: Store, dossier_id: int) -> Changes:
    """After a return: a new editable revision; the returned one stays frozen and readable."""
    with store.write() as s:
        d = _dossier(s, dossier_id, editable=False)
        if d.status != "bi-tra-lai":
            raise EditError("Chỉ tạo bản sửa đổi cho hồ sơ bị trả lại")
        d.revision += 1
        d.status = "nhap"
        audit.record(s, "dossier.revision", "dossier", d.id, d.id, {"revision": d.revision})
        return _changed(d)


def revision_content(store: Store, dossier_id: int, number: int) -> dict[str, Any]:
    """A frozen revision's dossier.json, as it was (it may be incomplete, so it is not read strictly)."""
    import json

    with store.read() as s:
        rev = s.scalar(select(DossierRevision).where(DossierRevision.dossier_id == dossier_id,
                                                     DossierRevision.number == number))
        if rev is None:
            raise NotFound(f"hồ sơ {dossier_id} không có lần sửa {number}")
        data: dict[str, Any] = json.loads(rev.content)
        return data
