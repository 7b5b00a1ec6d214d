"""Phiếu trả lại both ways: the receiver writes a signed note on a received package; the sender imports it and the
comments are pinned to the dossier's nominees and fields, on a new editable revision (the returned one stays frozen).

Pinned comments live in `Dossier.extra["return_comments"]`, a list of:

    {"nominee_id": "p01" | None,       # the dossier's own nominee id; None: the dossier as a whole
     "field": "national_id" | "form.achievements" | "award" | None,   # relative to that nominee / its proposal
     "path": "nominees[0].national_id" | None,   # the field exactly as the note gave it
     "comment": "…", "note_id": "<ULID>", "from_unit": "UBND huyện …", "created": "ISO 8601",
     "package": "<returned package file name>", "revision": 1, "resolved": False}

They are never exported (services.exporting.PRIVATE_EXTRA).

Only the office the package was sent to may return it. A note is accepted when its (trusted, valid) certificate
is the one pinned for that recipient, or, before anything is pinned, when it names the office in the letter's
"Kính gửi" line (frozen with the exported revision). Otherwise the clerk is shown who signed and who was
expected, and only an explicit confirmation pins that certificate's office for the recipient (first contact).
Once pinned, a note from any other office is refused outright.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography import x509
from sqlalchemy import select

from desktop.models import Dossier, DossierRevision, ExportRecord, ReceivedPackage, ReturnNoteRecord
from desktop.models.base import utcnow
from desktop.packaging.build import file_sha256
from desktop.services import audit
from desktop.services.dossiers import own_unit
from desktop.services.inbox import InboxError
from desktop.store.database import Store
from desktop.vn.text import clean

_NOMINEE_PATH = re.compile(r"^nominees\[(\d+)\]\.?(.*)$")
_PROPOSAL_PATH = re.compile(r"^proposals\[(\d+)\]\.?(.*)$")


class ReturnNoteError(ValueError):
    """The note cannot be written or imported; Vietnamese message; nothing was recorded."""


class ReturnNoteSignerUnconfirmed(ReturnNoteError):
    """The note is intact and trusted, but nothing shows its signer is the office the package was sent to. The
    clerk may confirm (import again with `confirm_signer=True`), which pins that office for the recipient."""

    def __init__(self, message: str, signer: str, expected: str):
        super().__init__(message)
        self.signer = signer
        self.expected = expected


@dataclass(frozen=True)
class ReturnImport:
    dossier_id: int
    revision: int  # the new, editable revision
    comments: tuple[dict[str, Any], ...]  # the comments this note pinned
    lines: tuple[str, ...]  # the note's verification report
    signer: str = ""  # who signed the note, CN (O)
    signer_office: str = ""  # the office pinned as the recipient's


def _package_dossier(path: Path) -> dict[str, Any]:
    from desktop.packaging.container import PackageReader

    with PackageReader(path) as r:
        data: dict[str, Any] = json.loads(r.read("dossier.json"))
        return data


def write_return_note(store: Store, received_id: int, items: Sequence[dict[str, Any]], signer: Any,
                      out_dir: Path | None = None, comment: str | None = None) -> Path:
    """Sign a note for a received package. items: [{"nominee_id", "field", "comment"}], ids as in its dossier.json."""
    from desktop.packaging.build import PackagingError
    from desktop.packaging.returns import ReturnItem, ReturnNote, build_return_note

    with store.read() as s:
        rp = s.get(ReceivedPackage, received_id)
        unit = own_unit(s)
        if rp is None:
            raise ReturnNoteError(f"hộp thư đến không có gói số {received_id} (xem: hskt inbox)")
        if unit is None:
            raise ReturnNoteError("chưa khai báo đơn vị của mình; hãy nhập thông tin đơn vị trong Cài đặt trước")
        unit_name, unit_code = unit.name, re.sub(r"[^A-Za-z0-9-]+", "", unit.code or "") or "DV"
    if rp.status == "rejected":
        known: set[str] = set()
    else:
        known = {str(n.get("id")) for n in _package_dossier(store.paths.root / rp.stored_path).get("nominees", [])}
    parsed = []
    for i, it in enumerate(items):
        text = clean(str(it.get("comment") or ""))
        nid = it.get("nominee_id") or None
        if not text:
            raise ReturnNoteError(f"ý kiến thứ {i + 1} để trống")
        if nid is not None and known and nid not in known:
            raise ReturnNoteError(f"gói {rp.file_name} không có đối tượng mã {nid!r}")
        parsed.append(ReturnItem(nid, it.get("field") or None, text))
    note = ReturnNote(rp.file_name, rp.sha256, unit_name, tuple(parsed), clean(comment or "") or None)
    folder = Path(out_dir) if out_dir else store.paths.exports
    try:
        path = build_return_note(folder, note, signer, unit_code=unit_code)
    except PackagingError as exc:
        raise ReturnNoteError(str(exc)) from None
    note_id = path.stem.rsplit("_", 1)[-1]
    with store.write() as s:
        rec = ReturnNoteRecord(note_id=note_id, direction="sent", file_name=path.name, sha256=file_sha256(path),
                               stored_path=str(path), package=rp.file_name, package_sha256=rp.sha256,
                               received_package_id=rp.id, from_unit=unit_name,
                               items=[{"nominee_id": p.nominee_id, "field": p.field, "comment": p.comment}
                                      for p in parsed], comment=note.comment)
        s.add(rec)
        s.flush()
        audit.record(s, "return_note.write", "return_note", rec.id, None,
                     {"package": rp.file_name, "note": path.name, "items": len(parsed)})
    return path


def _pin(item: Any, frozen: dict[str, Any]) -> tuple[str | None, str | None]:
    """A note's (nominee_id, field) made relative to the sender's own nominee: nominees[2].national_id → (p03,
    national_id); proposals[1].form.achievements → (that proposal's nominee, form.achievements)."""
    nid, field = item.nominee_id, item.field
    if field:
        for pattern, key in ((_NOMINEE_PATH, "nominees"), (_PROPOSAL_PATH, "proposals")):
            m = pattern.match(field)
            rows = frozen.get(key) or []
            if m and int(m[1]) < len(rows):
                ref = rows[int(m[1])].get("id" if key == "nominees" else "nominee_id")
                return (nid or ref), (m[2] or None)
    return nid, field


def _pins(s: Any, recipient: str) -> list[dict[str, Any]]:
    """Offices pinned for this recipient by earlier notes, on any export."""
    from desktop.packaging.identity import office_key

    rows = s.scalars(select(ExportRecord.return_signer).where(ExportRecord.return_signer.is_not(None)))
    return [p for p in rows if isinstance(p, dict) and office_key(p.get("recipient")) == office_key(recipient)]


def _check_signer(cert: Any, recipient: str, pins: list[dict[str, Any]], package: str,
                  confirm: bool) -> dict[str, Any]:
    """The pin to record for an accepted note's signer, or ReturnNoteError saying who signed and who was expected."""
    from desktop.packaging.identity import addressed_to, holder, names_office, office_of
    from desktop.packaging.trust import fingerprint

    who = holder(cert)
    pin = {"recipient": recipient, "office": office_of(cert), "holder": who, "fingerprint": fingerprint(cert),
           "confirmed_by_clerk": False, "at": utcnow().isoformat()}
    if pins:
        if any(names_office(cert, p.get("office")) for p in pins):
            return {**pin, "confirmed_by_clerk": any(p.get("confirmed_by_clerk") for p in pins)}
        offices = ", ".join(sorted({str(p.get("office")) for p in pins}))
        raise ReturnNoteError(f"phiếu trả lại do {who} ký, không phải cơ quan đã nhận gói {package} "
                              f"({recipient or 'nơi nhận'}: đã ghi nhận chứng thư của {offices}); không nhận phiếu này")
    if addressed_to(cert, recipient):
        return pin
    if confirm:
        return {**pin, "confirmed_by_clerk": True}
    expected = recipient or "(tờ trình không ghi nơi nhận)"
    raise ReturnNoteSignerUnconfirmed(
        f"phiếu trả lại do {who} ký, nhưng gói {package} gửi tới: {expected}. Chỉ nhận nếu đúng đây là cơ quan "
        "đã nhận gói: xác nhận một lần, các phiếu sau phải do cùng cơ quan này ký", who, expected)


def import_return_note(store: Store, path: Path, trust_roots: Sequence[x509.Certificate] | None = None, *,
                       confirm_signer: bool = False, now: Any = None) -> ReturnImport:
    """Verify a note, find the export it answers (by SHA-256), check it comes from the office the package was sent
    to, pin its comments and open a new revision. `confirm_signer`: the clerk confirmed the signer on first
    contact (see ReturnNoteSignerUnconfirmed)."""
    from desktop.packaging.returns import read_return_note

    path = Path(path)
    if not path.is_file():
        raise ReturnNoteError(f"không tìm thấy tệp {path}")
    note, report = read_return_note(path, trust_roots, now)
    lines = tuple(report.lines())
    if note is None or not report.ok:
        raise ReturnNoteError(f"phiếu trả lại {path.name} không hợp lệ, không nhận: {report.first_failure()}")
    with store.read() as s:
        rec = s.scalar(select(ExportRecord).where(ExportRecord.sha256 == note.package_sha256.lower())
                       .order_by(ExportRecord.id.desc()).limit(1))
        seen = s.scalar(select(ReturnNoteRecord.id).where(ReturnNoteRecord.note_id == note.note_id,
                                                          ReturnNoteRecord.direction == "received"))
        frozen_row = s.scalar(select(DossierRevision).where(DossierRevision.dossier_id == rec.dossier_id,
                                                            DossierRevision.number == rec.revision)) if rec else None
    if rec is None:
        raise ReturnNoteError(f"phiếu trả lại dành cho gói {note.package}, không khớp gói nào đã xuất từ máy này")
    if seen is not None:
        raise ReturnNoteError(f"phiếu trả lại {note.note_id} đã được nhận trước đây")
    frozen = json.loads(frozen_row.content) if frozen_row else {}
    recipient = str(((frozen.get("letter") or {}) if isinstance(frozen.get("letter"), dict) else {})
                    .get("recipient") or "")
    signer = report.signer
    assert signer is not None and signer.certificate is not None  # report.ok
    with store.read() as s:
        pins = _pins(s, recipient)
    pin = _check_signer(signer.certificate, recipient, pins, note.package, confirm_signer)
    comments = []
    for item in note.items:
        nid, field = _pin(item, frozen)
        comments.append({"nominee_id": nid, "field": field, "path": item.field, "comment": item.comment,
                         "note_id": note.note_id, "from_unit": note.from_unit, "created": note.created,
                         "package": note.package, "revision": rec.revision, "resolved": False})
    if note.comment:
        comments.append({"nominee_id": None, "field": None, "path": None, "comment": note.comment,
                         "note_id": note.note_id, "from_unit": note.from_unit, "created": note.created,
                         "package": note.package, "revision": rec.revision, "resolved": False})
    kept = store.paths.inbox / "notes" / f"{file_sha256(path)}.asice"
    kept.parent.mkdir(parents=True, exist_ok=True)
    if not kept.exists():
        shutil.copyfile(path, kept)
    with store.write() as s:
        d = s.get(Dossier, rec.dossier_id)
        if d is None:
            raise ReturnNoteError(f"hồ sơ của gói {note.package} đã bị xóa hẳn")
        exported = s.get(ExportRecord, rec.id)
        if exported is not None and exported.return_signer is None:
            exported.return_signer = pin
        if d.revision == rec.revision:
            d.revision += 1  # the returned revision stays frozen in dossier_revisions; edits go to the next one
        old, d.status, d.updated_at = d.status, "bi-tra-lai", utcnow()
        d.extra = {**(d.extra or {}), "return_comments": [*(d.extra or {}).get("return_comments", []), *comments]}
        row = ReturnNoteRecord(note_id=note.note_id, direction="received", file_name=path.name,
                               sha256=kept.stem, stored_path=str(kept.relative_to(store.paths.root)),
                               package=note.package, package_sha256=note.package_sha256, dossier_id=d.id,
                               from_unit=note.from_unit,
                               items=[{"nominee_id": i.nominee_id, "field": i.field, "comment": i.comment}
                                      for i in note.items], comment=note.comment)
        s.add(row)
        s.flush()
        audit.record(s, "dossier.returned", "return_note", row.id, d.id,
                     {"note": note.note_id, "from": old, "to": "bi-tra-lai", "revision": d.revision,
                      "comments": len(comments), "signer": pin["holder"], "signer_office": pin["office"],
                      "signer_confirmed_by_clerk": pin["confirmed_by_clerk"]})
        return ReturnImport(d.id, d.revision, tuple(comments), lines, pin["holder"], pin["office"])


def received_package_nominees(store: Store, received_id: int) -> list[tuple[str, str]]:
    """(nominee id, display name) of a received package, for the return-note form."""
    with store.read() as s:
        rp = s.get(ReceivedPackage, received_id)
    if rp is None:
        raise InboxError(f"hộp thư đến không có gói số {received_id}")
    raw = _package_dossier(store.paths.root / rp.stored_path)
    return [(str(n.get("id")), str(n.get("full_name") or n.get("name") or n.get("head_name") or n.get("id")))
            for n in raw.get("nominees", [])]
