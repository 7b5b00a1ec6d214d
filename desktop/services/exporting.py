"""Export a dossier as a signed package (PACKAGE-FORMAT.md) and freeze the revision that was signed.

Policy (docs/packaging.md, "Export"): a dossier is refused when `judge_dossier` says it is not complete (a required
component missing, an error issue) or when any proposal is `khong-dat` — a reviewer at the next level would only
return it. A `can-xac-minh` proposal does not block (some criteria are always checked by hand, `manual`); it is
listed in the result's warnings. The documents the app renders (tờ trình, danh sách, biên bản, báo cáo) count as
present, because the package will carry them; a document known only by name (no stored file) does not.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop import snapshot as snap
from desktop.models import Dossier, DossierRevision, ExportRecord, ReceivedPackage
from desktop.models.base import utcnow
from desktop.services import audit
from desktop.services.attachments import stored_path
from desktop.services.dossiers import NotFound, snapshot_of
from desktop.services.dossiers import _load as load_dossier
from desktop.store.database import Store

# The PDFs that carry the unit's signature (PACKAGE-FORMAT.md layout: "PAdES-signed").
SIGNED_COMPONENTS = frozenset({"to-trinh", "danh-sach", "bien-ban-hop"})
FROZEN_STATUSES = frozenset({"da-ky", "da-gui"})
# Kept in the database for the clerk's editor; not part of what is signed and sent.
PRIVATE_EXTRA = ("return_comments",)
_EXT = {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png"}

Progress = Callable[[str, float], None]  # (Vietnamese step label, 0.0–1.0 overall)


class ExportRefused(Exception):
    """The dossier may not be exported yet; `problems` lists each reason in Vietnamese, what to fix first."""

    def __init__(self, message: str, problems: list[str] | None = None):
        super().__init__(message)
        self.problems = list(problems or [])

    def lines(self) -> list[str]:
        return [str(self), *(f"  - {p}" for p in self.problems)]


class ExportFailed(Exception):
    """Signing or writing failed (token, certificate, disk); nothing was written or recorded."""


class ExportCancelled(ExportFailed):
    pass


@dataclass(frozen=True)
class ExportResult:
    export_id: int
    path: Path
    package_id: str
    revision: int
    sha256: str
    signer: str
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class Plan:
    """Everything decided before the key is touched: what is signed, what goes in, and why it may not."""

    dossier_id: int
    revision: int
    snapshot: snap.Dossier  # what dossier.json will say (letter number/date filled, documents listed)
    rendered: tuple[Any, ...]  # desktop.documents.RenderedDocument
    attachments: tuple[tuple[str, Path], ...]
    inputs: tuple[tuple[str, Path], ...]
    audit: bytes
    allocated_number: int | None  # a tờ trình number taken from the unit's counter on success
    ruleset_version: str
    problems: tuple[str, ...]
    warnings: tuple[str, ...]
    # What `rendered` and the verdict were made from (content, attachments, the day): the signing step reuses them
    # only when the dossier, read again, gives the same fingerprint.
    fingerprint: str = ""
    report: Any = None


def letter_at_signing(d: Dossier, today: dt.date) -> tuple[dict[str, Any], int | None]:
    """What the tờ trình will carry if signed `today` (the preview shows it, marked "cấp khi ký")."""
    return _letter(d, today)


def _letter(d: Dossier, today: dt.date) -> tuple[dict[str, Any], int | None]:
    """The tờ trình's number and date: as entered, else the unit's next number and the signing day."""
    letter = dict(d.extra.get("letter") or {})
    allocated = None
    if not isinstance(letter.get("number"), int):
        counters = (d.unit.counters or {}).get(str(today.year)) or {}
        allocated = int(counters.get("TTr", 0)) + 1
        letter["number"] = allocated
    if not isinstance(letter.get("date"), str):
        letter["date"] = today.isoformat()
    return letter, allocated


def _attachments(s: Session, d: Dossier, root: Path) -> tuple[list[snap.DocumentRef], list[tuple[str, Path]]]:
    """Stored files as documents/05_dinh-kem/<nominee id>_<component>_<n>.<ext>; name-only documents are left out."""
    refs, files, counts = [], [], {}  # type: ignore[var-annotated]
    for doc in d.documents:
        att = doc.attachment
        if att is None:
            continue
        owner = doc.nominee.ref if doc.nominee else "hoso"
        key = (owner, doc.component)
        counts[key] = counts.get(key, 0) + 1
        entry = f"documents/05_dinh-kem/{owner}_{doc.component}_{counts[key]}.{_EXT.get(att.media_type, 'bin')}"
        refs.append(snap.DocumentRef(doc.component, entry, doc.nominee.ref if doc.nominee else None, att.sha256,
                                     dict(doc.extra or {})))
        files.append((entry, stored_path(root, att.sha256)))
    return refs, files


def _inputs(s: Session, data_root: Path, extra: dict[str, Any]) -> tuple[list[tuple[str, Path]], list[str]]:
    """An aggregated dossier embeds its lower-level packages, found in the inbox by SHA-256."""
    out, problems = [], []
    for e in extra.get("aggregated_from") or []:
        sha = str(e.get("sha256", "")).lower()
        rp = s.scalar(select(ReceivedPackage).where(ReceivedPackage.sha256 == sha))
        if rp is None or not (data_root / rp.stored_path).is_file():
            problems.append(f"không tìm thấy gói cấp dưới {e.get('package')} trong hộp thư đến; hãy nhận lại gói này")
            continue
        out.append((f"inputs/{rp.file_name}", data_root / rp.stored_path))
    return out, problems


def _judge_problems(report: Any, d: snap.Dossier) -> tuple[list[str], list[str]]:
    from desktop.awards.catalogue import award_name

    problems = [c.message for c in report.checklist if c.required and not c.present]
    problems += [f"{i.message} ({i.where})" if i.where else i.message for i in report.issues if i.severity == "error"]
    warnings = []
    for p in report.proposals:
        who = (d.nominee(p.nominee_id).display_name if d.nominee(p.nominee_id) else p.nominee_id)  # type: ignore[union-attr]
        what = p.award_name or award_name(p.award) or p.award
        why = "; ".join(r.message for r in p.decisive)
        if p.verdict == "khong-dat":
            problems.append(f"{who} — {what} năm {p.year}: không đạt ({why})")
        elif p.verdict == "can-xac-minh":
            warnings.append(f"{who} — {what} năm {p.year}: cần xác minh ({why})")
    return problems, warnings


@dataclass(frozen=True)
class _Content:
    """What a dossier is made of for export, read in one session."""

    d0: snap.Dossier  # what is rendered: the snapshot with the letter filled in, no document list
    refs: tuple[snap.DocumentRef, ...]  # stored attachments, as dossier.json lists them
    files: tuple[tuple[str, Path], ...]
    inputs: tuple[tuple[str, Path], ...]
    input_problems: tuple[str, ...]
    allocated: int | None
    status: str
    revision: int
    deleted: bool

    def fingerprint(self, today: dt.date) -> str:
        # The dataclass repr lists every field of the snapshot, so any edit (a name, a vote, the unit's signer, an
        # attachment's hash) or a new day (the letter's default date) gives another fingerprint.
        basis = dataclasses.replace(self.d0, documents=self.refs)
        return hashlib.sha256(f"{today.isoformat()}\n{basis!r}".encode()).hexdigest()


def _content(s: Session, store: Store, dossier_id: int, today: dt.date) -> _Content:
    d = load_dossier(s, dossier_id)
    base = snapshot_of(d)
    letter, allocated = _letter(d, today)
    refs, files = _attachments(s, d, store.paths.attachments)
    inputs, input_problems = _inputs(s, store.paths.root, d.extra or {})
    previous = s.scalar(select(ExportRecord.package_id).where(ExportRecord.dossier_id == dossier_id,
                                                              ExportRecord.revision < d.revision)
                        .order_by(ExportRecord.revision.desc(), ExportRecord.id.desc()).limit(1))
    extra = {k: v for k, v in base.extra.items() if k not in PRIVATE_EXTRA}
    extra["letter"] = letter
    if previous:
        extra["supersedes"] = previous
    d0 = dataclasses.replace(base, extra=extra, documents=())
    return _Content(d0, tuple(refs), tuple(files), tuple(inputs), tuple(input_problems), allocated, d.status,
                    d.revision, d.deleted_at is not None)


def signing_day() -> dt.date:
    """The day in Việt Nam: the letter's default date, for the check and the signing alike."""
    return dt.datetime.now(dt.timezone(dt.timedelta(hours=7))).date()


def plan_export(store: Store, dossier_id: int, today: dt.date | None = None, *, reuse: Plan | None = None) -> Plan:
    """Render and judge without signing: the GUI shows `problems` before asking for a password or PIN.

    `reuse` is an earlier plan of the same dossier (the pre-export check's): its rendered PDFs and verdict are taken
    over when the dossier, read again now, has the same fingerprint; after any edit in between they are made anew.
    """
    from desktop.documents import context_from_dossier, render_dossier
    from desktop.services.judging import judge

    today = today or signing_day()
    with store.read() as s:
        c = _content(s, store, dossier_id, today)
        events = audit.dossier_events_jsonl(s, dossier_id)
    fingerprint = c.fingerprint(today)
    d0 = c.d0
    if reuse is not None and reuse.dossier_id == dossier_id and reuse.fingerprint == fingerprint:
        rendered, report = list(reuse.rendered), reuse.report
    else:
        rendered, report = render_dossier(d0, context_from_dossier(d0, draft=False)), None
    docs = [snap.DocumentRef(r.component, f"documents/{r.filename}", r.nominee_id) for r in rendered]
    full = dataclasses.replace(d0, documents=tuple(docs) + c.refs)
    if report is None:
        # The one judge, on the clerk's own files (the printed forms count as present): the panel's errors.
        report = judge(dataclasses.replace(d0, documents=c.refs), today=today)
    full = dataclasses.replace(full, ruleset=report.ruleset, as_of=report.as_of)
    problems, warnings = _judge_problems(report, full)
    problems = list(c.input_problems) + problems
    if c.deleted:
        problems.insert(0, "hồ sơ đang ở thùng rác; hãy khôi phục trước khi xuất")
    if c.status in FROZEN_STATUSES:
        problems.insert(0, f"phiên bản {c.revision} của hồ sơ đã được ký và khóa; muốn sửa hãy tạo phiên bản mới")
    if not d0.unit.code:
        problems.append("đơn vị chưa có mã (mã đơn vị hành chính); hãy nhập trong Cài đặt")
    if d0.year is None:
        problems.append("hồ sơ chưa thuộc đợt xét nào (thiếu năm xét); hãy chọn đợt xét")
    return Plan(dossier_id, c.revision, full, tuple(rendered), c.files, c.inputs, events, c.allocated,
                report.ruleset_version, tuple(problems), tuple(warnings), fingerprint, report)


def _documents(plan: Plan) -> list[Any]:
    from desktop.packaging.build import Document
    from desktop.packaging.pades import SignBox

    out = []
    for r in plan.rendered:
        box = None
        if r.component in SIGNED_COMPONENTS and r.signature_box is not None:
            page, x1, y1, x2, y2 = r.signature_box
            box = SignBox(page, (x1, y1, x2, y2))
        out.append(Document(f"documents/{r.filename}", r.pdf_bytes, box))
        if r.component == "danh-sach":  # the same list as a spreadsheet, for the next level to merge (spec layout)
            from desktop.documents import context_from_dossier
            from desktop.documents.spreadsheet import FILENAME, nominee_list_xlsx

            xlsx = nominee_list_xlsx(plan.snapshot, context_from_dossier(plan.snapshot, draft=False))
            out.append(Document(f"documents/{FILENAME}", xlsx, None))
    return out


def _failure(exc: Exception, out: Path, signer: Any) -> ExportFailed:
    """What went wrong while signing and writing, in the clerk's words."""
    from pyhanko.sign.timestamps import TimestampRequestError

    cause: BaseException | None = exc
    while cause is not None:  # pyHanko wraps the network error in its own, perhaps in a signing error
        if isinstance(cause, TimestampRequestError):
            url = getattr(signer.timestamper, "url", "")
            return ExportFailed(f"không lấy được dấu thời gian từ máy chủ {url}: hãy kiểm tra kết nối mạng và địa "
                                "chỉ máy chủ, hoặc bỏ chọn dấu thời gian để ký không kèm dấu thời gian; hồ sơ "
                                "chưa bị khóa")
        cause = cause.__cause__ or cause.__context__
    from desktop.packaging.build import PackagingError
    from desktop.packaging.pades import PadesError

    if isinstance(exc, (PackagingError, PadesError)):
        return ExportFailed(str(exc))
    if isinstance(exc, OSError):
        return ExportFailed(f"không ghi được gói vào {out}: {exc.strerror or exc}")
    # a token can fail mid-signature in vendor-specific ways
    return ExportFailed(f"ký số không thành công: {type(exc).__name__}: {exc}")


def export_dossier(store: Store, dossier_id: int, signer: Any, out: Path, *, seal_png: bytes | None = None,
                   progress: Progress | None = None, cancelled: Callable[[], bool] | None = None,
                   when: dt.datetime | None = None, checked: Plan | None = None,
                   allow_test_certificate: bool = False) -> ExportResult:
    """Refuse, render, sign, write atomically, record, freeze. `out` is a folder (the file is named per the spec)
    or a path ending in .asice. `signer` is an open PackageSigner; the caller closes it. `checked` is the plan the
    pre-export check made: its PDFs are signed when the dossier has not changed since (see `plan_export`)."""
    from desktop.packaging import cades
    from desktop.packaging.build import build_package, file_sha256
    from desktop.packaging.container import PackageReader

    def step(label: str, fraction: float) -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled("đã hủy xuất gói; không có tệp nào được ghi")
        if progress is not None:
            progress(label, fraction)

    when = (when or cades.now_vn()).astimezone(cades.VN_TZ)
    refuse_certificate(store, signer, when, allow_test_certificate)
    step("Kiểm tra và in hồ sơ", 0.0)
    plan = plan_export(store, dossier_id, when.date(), reuse=checked)
    if plan.problems:
        raise ExportRefused(f"hồ sơ số {dossier_id} chưa xuất được vì {len(plan.problems)} lý do:",
                            list(plan.problems))
    step("Ký số các văn bản", 0.2)
    total = sum(len(r.pdf_bytes) for r in plan.rendered) + sum(p.stat().st_size for _, p in plan.attachments) + \
        sum(p.stat().st_size for _, p in plan.inputs) + len(plan.audit) + 1
    written = 0

    def on_bytes(n: int) -> None:
        nonlocal written
        written += n
        step("Ghi gói hồ sơ", 0.3 + 0.6 * min(1.0, written / total))

    out = Path(out)
    if out.suffix.lower() != ".asice":
        out.mkdir(parents=True, exist_ok=True)
    try:
        result = build_package(out, plan.snapshot, signer=signer, documents=_documents(plan),
                               attachments=list(plan.attachments), inputs=list(plan.inputs), audit=plan.audit,
                               revision=plan.revision, ruleset_version=plan.ruleset_version, seal_png=seal_png,
                               when=when, progress=on_bytes, cancelled=cancelled)
    except ExportCancelled:
        raise
    except InterruptedError:
        raise ExportCancelled("đã hủy xuất gói; không có tệp nào được ghi") from None
    except Exception as exc:
        raise _failure(exc, out, signer) from None
    try:
        if cancelled is not None and cancelled():
            raise ExportCancelled("đã hủy xuất gói; không có tệp nào được ghi")
        step("Ghi nhận và khóa phiên bản", 0.95)
        with PackageReader(result.path) as r:
            frozen = r.read("dossier.json")
        sha = file_sha256(result.path)
        export_id = _record(store, plan, result, frozen, sha, when.date())
    except BaseException:
        result.path.unlink(missing_ok=True)  # a package the database does not know about must not stay
        raise
    if progress is not None:
        progress("Hoàn tất", 1.0)
    return ExportResult(export_id, result.path, result.package_id or "", plan.revision, sha, result.signer,
                        plan.warnings)


def refuse_certificate(store: Store, signer: Any, when: dt.datetime, allow_test_certificate: bool = False) -> None:
    """ExportRefused when the key cannot sign (packaging.judge.signing_certificate_problems): no validity, no
    keyUsage for signing, or self-signed without the clerk confirming it is a test. A certificate that only lacks
    a trusted root is the signing dialog's warning, not a refusal."""
    from desktop.packaging.judge import signing_certificate_problems
    from desktop.packaging.trust import load_trust_roots

    problems = signing_certificate_problems(signer.certificate, when, chain=signer.chain,
                                            trust_roots=load_trust_roots(store.paths.trust_files()))
    refused = [p.message for p in problems if p.blocking or (p.code == "self-signed" and not allow_test_certificate)]
    if refused:
        raise ExportRefused("không ký được bằng chứng thư số đã chọn:", refused)


def _record(store: Store, plan: Plan, result: Any, frozen: bytes, sha: str, day: dt.date) -> int:
    with store.write() as s:
        d = s.get(Dossier, plan.dossier_id)
        if d is None:
            raise NotFound(f"không có hồ sơ số {plan.dossier_id}")
        if d.revision != plan.revision or d.status in FROZEN_STATUSES or (
                _content(s, store, plan.dossier_id, day).fingerprint(day) != plan.fingerprint):
            # What was signed must be what is frozen: an edit while signing would leave them apart.
            raise ExportFailed("hồ sơ vừa bị thay đổi ở nơi khác trong lúc ký; hãy xuất lại")
        d.extra = {**(d.extra or {}), "letter": plan.snapshot.extra["letter"]}
        if plan.allocated_number is not None:
            year = str(day.year)
            counters = {k: dict(v) for k, v in (d.unit.counters or {}).items()}
            counters.setdefault(year, {})["TTr"] = max(int(counters.get(year, {}).get("TTr", 0)),
                                                       plan.allocated_number)
            d.unit.counters = counters
        s.add(DossierRevision(dossier_id=d.id, number=d.revision, status="da-ky", frozen_at=utcnow(),
                              reason=f"Đã ký và xuất gói {result.name}", content=frozen,
                              sha256=hashlib.sha256(frozen).hexdigest()))
        rec = ExportRecord(dossier_id=d.id, revision=d.revision, package_id=result.package_id or "",
                           path=str(result.path), sha256=sha, signer=result.signer)
        s.add(rec)
        old, d.status, d.updated_at = d.status, "da-ky", utcnow()
        s.flush()
        audit.record(s, "dossier.export", "export", rec.id, d.id,
                     {"package": result.name, "sha256": sha, "revision": d.revision, "signer": result.signer,
                      "from": old, "to": "da-ky"})
        return rec.id


def exports_of(store: Store, dossier_id: int) -> list[ExportRecord]:
    with store.read() as s:
        return list(s.scalars(select(ExportRecord).where(ExportRecord.dossier_id == dossier_id)
                              .order_by(ExportRecord.id)))
