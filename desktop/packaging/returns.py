"""Phiếu trả lại: the receiver's signed request to correct a package, pinned to nominees and fields.

Format (HSKT's own, documented in docs/packaging.md): a small ASiC-E holding `return-note.json`
(schema `hskt-return-note/1`), the two manifests and `META-INF/signature001.p7s`, named
`HSKT_TRALAI_<unit code>_<note id>.asice`. It is verified exactly like a package, with its own layout.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography import x509

from desktop.packaging import cades
from desktop.packaging.build import PackagingError, _seal, new_ulid, require_can_sign
from desktop.packaging.container import RETURN_NOTE_LAYOUT, PackageWriter, atomic_output
from desktop.packaging.manifest import DataObject, media_type
from desktop.packaging.signers import PackageSigner
from desktop.packaging.verify import Check, VerifyReport, verify_package
from desktop.vn.text import nfc

SCHEMA = "hskt-return-note/1"


@dataclass(frozen=True)
class ReturnItem:
    nominee_id: str | None  # None: a remark on the dossier as a whole
    field: str | None  # a dossier.json path such as "nominees[0].national_id", or a form field key
    comment: str


@dataclass(frozen=True)
class ReturnNote:
    package: str  # the returned package's file name
    package_sha256: str
    from_unit: str  # the receiving unit that writes the note
    items: tuple[ReturnItem, ...]
    comment: str | None = None
    note_id: str = ""
    created: str = ""  # ISO 8601 with offset
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA, "id": self.note_id, "created": self.created, "package": self.package,
            "package_sha256": self.package_sha256, "from_unit": self.from_unit, "comment": self.comment,
            "items": [{"nominee_id": i.nominee_id, "field": i.field, "comment": i.comment} for i in self.items],
            **self.extra,
        }


def _parse(data: bytes) -> ReturnNote:
    o = json.loads(data.decode("utf-8"))
    if not isinstance(o, dict) or o.get("schema") != SCHEMA:
        raise ValueError(f"return-note.json không theo lược đồ {SCHEMA}")
    raw_items = o.get("items")
    if not isinstance(raw_items, list):
        raise ValueError("return-note.json: items phải là danh sách")
    items = []
    for i, it in enumerate(raw_items):
        if not isinstance(it, dict) or not isinstance(it.get("comment"), str):
            raise ValueError(f"return-note.json: items[{i}] thiếu comment")
        items.append(ReturnItem(it.get("nominee_id"), it.get("field"), nfc(it["comment"])))
    for key in ("package", "package_sha256", "from_unit"):
        if not isinstance(o.get(key), str):
            raise ValueError(f"return-note.json: thiếu {key}")
    known = {"schema", "id", "created", "package", "package_sha256", "from_unit", "comment", "items"}
    return ReturnNote(o["package"], o["package_sha256"], o["from_unit"], tuple(items), o.get("comment"),
                      str(o.get("id", "")), str(o.get("created", "")), {k: v for k, v in o.items() if k not in known})


def build_return_note(out_dir: Path, note: ReturnNote, signer: PackageSigner, *, unit_code: str,
                      when: dt.datetime | None = None) -> Path:
    """Sign and write the note into `out_dir`; returns its path. id and created are filled in here."""
    if not note.items and not note.comment:
        raise PackagingError("phiếu trả lại phải có ít nhất một ý kiến")
    when = (when or cades.now_vn()).astimezone(cades.VN_TZ)
    require_can_sign(signer, when)
    note_id = note.note_id or new_ulid(when)
    body = ReturnNote(note.package, note.package_sha256.lower(), note.from_unit, note.items, note.comment, note_id,
                      when.isoformat(), note.extra)
    data = json.dumps(body.to_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    path = Path(out_dir) / f"HSKT_TRALAI_{unit_code}_{note_id}.asice"
    with atomic_output(path) as fh:
        with PackageWriter(fh) as w:
            objects = [DataObject("return-note.json", media_type("return-note.json"),
                                  w.write_bytes("return-note.json", data))]
            _seal(w, objects, ["return-note.json"], signer, 1, when)
    return path


def read_return_note(path: Path, trust_roots: Sequence[x509.Certificate] | None = None,
                     now: dt.datetime | None = None) -> tuple[ReturnNote | None, VerifyReport]:
    """Verify the note like a package and parse it. The note is None when it cannot be read; the caller pins
    its comments only when `report.ok` (and should check `package_sha256` against the package it sent)."""
    report = verify_package(path, trust_roots, now, layout=RETURN_NOTE_LAYOUT)
    # A note has no dossier.json; the package check for it does not apply.
    report.checks = [c for c in report.checks if c.id != "dossier"]
    note = None
    manifest = report.check("manifest")
    if manifest is None or not manifest.ok:
        report.checks.append(Check("note", False, "không đọc vì gói không nguyên vẹn"))
    else:
        from desktop.packaging.container import PackageReader

        with PackageReader(path, layout=RETURN_NOTE_LAYOUT) as r:
            try:
                note = _parse(r.read("return-note.json"))
                report.checks.append(Check("note", True, f"phiếu trả lại {len(note.items)} ý kiến cho gói "
                                                            f"{note.package}"))
            except (ValueError, KeyError) as exc:
                report.checks.append(Check("note", False, str(exc)))
    report.extra["return_note"] = note
    return note, report
