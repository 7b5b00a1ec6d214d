"""The inbox: packages received from lower levels, verified, stored byte for byte, never changed.

A package is first copied into the data folder (hashing while copying), then the copy is verified: what was checked
is exactly what is kept. Verdicts: `ok` (hợp lệ, or hợp lệ with a certificate that expired after signing);
`untrusted` (intact, but no trusted root vouches for the signer, or it names another office — add the CA's root
certificate and verify again); `rejected` (anything else: changed, malformed, a key that may not sign...). Rejected
and untrusted packages stay on record, visible with their report, and are never merged.

The moment a package was received (`received_at`) is this unit's own evidence that the signatures existed then:
the stored copy is checked against its SHA-256 before every later verification, which validates the signers at
that moment and says so. A package accepted before its signer's certificate expired therefore stays accepted.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography import x509
from sqlalchemy import select

from desktop.models import ReceivedPackage
from desktop.models.inbox import VERIFY_LABELS
from desktop.packaging.build import file_sha256
from desktop.services import audit
from desktop.store.database import Store

CHUNK = 1 << 20
MAX_PACKAGE_BYTES = 2 * 1024 * 1024 * 1024  # the verifier's own limits apply inside; this guards the copy


class InboxError(ValueError):
    """The file cannot be received; Vietnamese message, nothing was recorded."""


@dataclass(frozen=True)
class InboxRow:
    id: int
    file_name: str
    package_id: str | None
    unit_name: str
    unit_code: str | None
    year: int | None
    revision: int | None
    signer: str
    status: str
    received_at: datetime
    imported_as: int | None
    summary: str  # the first failing check, or the dossier line
    verdict: str = ""  # packaging.judge.VERDICTS, as last verified

    @property
    def status_label(self) -> str:
        return VERIFY_LABELS.get(self.status, self.status)


@dataclass(frozen=True)
class ImportResult:
    id: int
    status: str
    created: bool  # False when the same bytes were already in the inbox (verified again)
    file_name: str
    lines: tuple[str, ...]  # the verification report, one Vietnamese line each
    stamp_note: str | None = None  # what became of the receipt timestamp, when one was asked for

    @property
    def status_label(self) -> str:
        return VERIFY_LABELS.get(self.status, self.status)


def classify(report: Any) -> str:
    """ok / untrusted / rejected, from the package's verdict (the worst of its signatures and checks)."""
    if report.ok:
        return "ok"
    return "untrusted" if report.verdict == "untrusted" and report.intact else "rejected"


def received_evidence(rp: ReceivedPackage) -> Any:
    """The inbox's receipt as evidence of when the stored bytes existed (received_at is naive UTC)."""
    from desktop.packaging.judge import Evidence

    return Evidence(rp.received_at.replace(tzinfo=UTC), "received")


def safe_name(name: str) -> str:
    """A name usable again as inputs/<name>.asice: [A-Za-z0-9._-], starting with a letter or digit."""
    stem = os.path.basename(name)
    stem = stem[:-6] if stem.lower().endswith(".asice") else stem
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", stem).lstrip("._-")[:110] or "goi"
    return f"{stem}.asice"


def _copy_in(source: Path, inbox: Path) -> tuple[Path, str, int]:
    """Copy into inbox/<sha256>.asice atomically; returns (stored path, sha256, size)."""
    inbox.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=inbox, prefix=".incoming-", suffix=".tmp")
    tmp = Path(tmp_name)
    digest, size = hashlib.sha256(), 0
    try:
        with open(source, "rb") as src, os.fdopen(fd, "wb") as dst:
            while chunk := src.read(CHUNK):
                size += len(chunk)
                if size > MAX_PACKAGE_BYTES:
                    raise InboxError(f"tệp {source.name} quá lớn (trên 2 GB), không nhận")
                digest.update(chunk)
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        sha = digest.hexdigest()
        target = inbox / f"{sha}.asice"
        if target.exists():
            tmp.unlink()
        else:
            os.replace(tmp, target)
        return target, sha, size
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _apply(rp: ReceivedPackage, report: Any, status: str) -> None:
    from desktop.packaging.build import parse_package_name

    parsed = parse_package_name(rp.file_name) or {}
    d = report.dossier
    rp.package_id = parsed.get("id")
    rp.revision = parsed.get("revision")
    rp.unit_name = d.unit.name if d else ""
    rp.unit_code = (d.unit.code if d else None) or parsed.get("unit")
    rp.year = (d.year if d else None) or parsed.get("year")
    signer = report.signer
    rp.signer = (f"{signer.signer} ({signer.agency})" if signer and signer.agency else
                 (signer.signer or "") if signer else "")
    rp.status = status
    rp.report = report.to_json()


def _evidence(store: Store, rp: ReceivedPackage, trust_roots: Sequence[x509.Certificate] | None,
              now: datetime | None) -> Any:
    """When the stored bytes are proven to have existed: a receipt timestamp from a trusted TSA over exactly these
    bytes (a third party's word), else this unit's own receipt time."""
    from desktop.packaging import receipt_stamp

    token = receipt_stamp.token_path(store.paths.root / rp.stored_path)
    if token.is_file():
        try:
            proof = receipt_stamp.proven(token.read_bytes(), bytes.fromhex(rp.sha256), trust_roots or [], now)
        except OSError:
            proof = None
        if proof is not None:
            return proof
    return received_evidence(rp)


def _stamp(stored: Path, sha: str, url: str) -> str:
    """Timestamp the stored copy's SHA-256 and keep the token beside it; the line the clerk reads either way."""
    from desktop.packaging import receipt_stamp

    try:
        token = receipt_stamp.request(url, bytes.fromhex(sha))
        target = receipt_stamp.token_path(stored)
        part = target.with_name(target.name + ".part")
        part.write_bytes(token)
        os.replace(part, target)
    except receipt_stamp.StampError as exc:
        return f"Lưu ý: {exc}; gói vẫn được nhận, thời điểm nhận là giờ máy của đơn vị"
    except OSError as exc:
        return f"Lưu ý: không ghi được dấu thời gian bên cạnh gói ({exc.strerror or exc}); gói vẫn được nhận"
    return f"Đã lấy dấu thời gian lúc nhận từ máy chủ {url}"


def import_package(store: Store, path: Path, trust_roots: Sequence[x509.Certificate] | None = None,
                   now: datetime | None = None, timestamp_url: str | None = None) -> ImportResult:
    """Receive one package: copy, verify the copy, record. A second import of the same bytes verifies again, at
    the moment it was first received. `now` (aware) is the clock, injectable for tests. `timestamp_url`: an
    RFC 3161 server asked, for a package received for the first time, to timestamp the stored bytes."""
    from desktop.packaging.verify import verify_package

    now = now or datetime.now(UTC)
    path = Path(path)
    if not path.is_file():
        raise InboxError(f"không tìm thấy tệp {path}")
    try:
        stored, sha, size = _copy_in(path, store.paths.inbox)
    except OSError as exc:
        raise InboxError(f"không đọc hoặc không chép được {path.name}: {exc.strerror or exc}") from None
    name = safe_name(path.name)
    with store.read() as s:
        known = s.scalar(select(ReceivedPackage).where(ReceivedPackage.sha256 == sha))
    evidence = _evidence(store, known, trust_roots, now) if known is not None else None
    report = verify_package(stored, trust_roots, now, evidence=evidence, name=name)
    status = classify(report)
    with store.write() as s:
        rp = s.scalar(select(ReceivedPackage).where(ReceivedPackage.sha256 == sha))
        created = rp is None
        if rp is None:
            rp = ReceivedPackage(file_name=name, sha256=sha, size=size, received_at=now.astimezone(UTC).replace(
                tzinfo=None), stored_path=str(stored.relative_to(store.paths.root)), status=status)
            s.add(rp)
        _apply(rp, report, status)
        s.flush()
        audit.record(s, "inbox.receive" if created else "inbox.reverify", "received_package", rp.id, None,
                     {"file": rp.file_name, "sha256": sha, "status": status})
        result = ImportResult(rp.id, status, created, rp.file_name, tuple(report.lines()))
    if created and timestamp_url:  # after the commit: the network never holds the database
        result = dataclasses.replace(result, stamp_note=_stamp(stored, sha, timestamp_url))
    return result


def reverify(store: Store, package_row_id: int, trust_roots: Sequence[x509.Certificate] | None = None,
             now: datetime | None = None) -> ImportResult:
    """Verify a stored package again (e.g. after adding a CA root certificate), at the moment it was received."""
    from desktop.packaging.verify import Check, verify_package

    rp = get(store, package_row_id)
    stored = store.paths.root / rp.stored_path
    intact_copy = stored.is_file() and file_sha256(stored) == rp.sha256
    # The receipt proves when these bytes existed only while they are the bytes received.
    evidence = _evidence(store, rp, trust_roots, now) if intact_copy else None
    report = verify_package(stored, trust_roots, now, evidence=evidence, name=rp.file_name)
    if not intact_copy:
        report.checks.insert(0, Check("container", False, "tệp lưu trong hộp thư đến đã bị thay đổi hoặc bị mất "
                                                          "kể từ lúc nhận; hãy nhận lại gói gốc"))
    status = classify(report)
    with store.write() as s:
        row = s.get(ReceivedPackage, package_row_id)
        assert row is not None
        _apply(row, report, status)
        audit.record(s, "inbox.reverify", "received_package", row.id, None, {"status": status})
    return ImportResult(package_row_id, status, False, rp.file_name, tuple(report.lines()))


def get(store: Store, package_row_id: int) -> ReceivedPackage:
    with store.read() as s:
        rp = s.get(ReceivedPackage, package_row_id)
        if rp is None:
            raise InboxError(f"hộp thư đến không có gói số {package_row_id} (xem: hskt inbox)")
        return rp


def stored_file(store: Store, rp: ReceivedPackage) -> Path:
    return store.paths.root / rp.stored_path


def _summary(rp: ReceivedPackage) -> str:
    for c in (rp.report or {}).get("checks", []):
        if not c.get("ok"):
            return f"{c.get('label')}: {c.get('detail')}"
    d = next((c for c in (rp.report or {}).get("checks", []) if c.get("id") == "dossier"), None)
    return str(d.get("detail")) if d else ""


def list_inbox(store: Store) -> list[InboxRow]:
    with store.read() as s:
        rows = s.scalars(select(ReceivedPackage).order_by(ReceivedPackage.received_at.desc(),
                                                          ReceivedPackage.id.desc()))
        return [InboxRow(r.id, r.file_name, r.package_id, r.unit_name, r.unit_code, r.year, r.revision, r.signer,
                         r.status, r.received_at, r.imported_as, _summary(r), str((r.report or {}).get("verdict", "")))
                for r in rows]
