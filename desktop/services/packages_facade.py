"""What the GUI may do with signed packages, in one object (views never see the store or the packaging layer).

`inspect_package` needs no store: the reviewer's viewer (`hskt view`) runs without a data folder.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.services import aggregation, exporting, returns_service
from desktop.services import inbox as inbox_service
from desktop.store.database import Store

# Re-exported so views catch them without importing the modules that raise them.
ExportRefused = exporting.ExportRefused
ExportFailed = exporting.ExportFailed
ExportCancelled = exporting.ExportCancelled
InboxError = inbox_service.InboxError
AggregationError = aggregation.AggregationError
ReturnNoteError = returns_service.ReturnNoteError
ReturnNoteSignerUnconfirmed = returns_service.ReturnNoteSignerUnconfirmed


class SignerOpenError(Exception):
    """The key could not be opened (wrong password or PIN, token missing); Vietnamese message."""


@dataclass(frozen=True)
class SignerSpec:
    """What the signing dialog collected. The secret lives only as long as this object; nothing stores it."""

    kind: str  # "p12" | "pkcs11"
    secret: str = field(repr=False)
    path: str | None = None  # PKCS#12 file
    library: str | None = None  # PKCS#11 library
    token_label: str | None = None
    slot_id: int | None = None
    key_id: str | None = None  # CKA_ID hex


@dataclass(frozen=True)
class CheckLine:
    label: str
    ok: bool
    detail: str
    notes: tuple[str, ...]


@dataclass(frozen=True)
class SignatureLine:
    where: str  # META-INF/signature001.p7s or a PDF entry
    ok: bool
    status: str
    signer: str
    agency: str
    signing_time: str
    message: str
    verdict: str = ""  # packaging.judge.VERDICTS
    verdict_label: str = ""  # in the reviewer's words: hợp lệ, chưa tin cậy, ...


def _signature_lines(report: Any) -> tuple[SignatureLine, ...]:
    """The seal(s), then every PAdES signature, each with the verdict the verifier gave it."""
    from desktop.packaging.judge import VERDICT_LABELS

    def line(where: str, r: Any) -> SignatureLine:
        verdict = r.verdict or "invalid"
        return SignatureLine(where, r.ok, r.status, r.signer or "", r.agency or "",
                             r.signing_time.isoformat() if r.signing_time else "", r.message, verdict,
                             VERDICT_LABELS.get(verdict, verdict))

    return tuple(line(n, s) for n, s in report.signatures) + tuple(line(n, p) for n, p in report.pdf_signatures)


@dataclass(frozen=True)
class DocumentEntry:
    name: str
    size: int
    is_pdf: bool


@dataclass(frozen=True)
class PackageView:
    """A package as the reviewer sees it: verdict, each check, each signature, documents, nominees, proposals."""

    path: Path
    ok: bool
    intact: bool
    checks: tuple[CheckLine, ...]
    signatures: tuple[SignatureLine, ...]
    documents: tuple[DocumentEntry, ...]
    nominees: tuple[tuple[str, str, str, str], ...]  # (id, name, kind label, CCCD)
    proposals: tuple[tuple[str, str, str, str, str], ...]  # (nominee, award, year, verdict label, reasons)
    inputs: tuple[PackageView, ...]
    lines: tuple[str, ...]
    unit: str
    complete: bool | None
    eligible: bool | None
    verdict: str = "invalid"  # packaging.judge.VERDICTS: ok | ok-expired | untrusted | invalid

    def read(self, entry: str) -> bytes:
        """One entry's bytes (e.g. a PDF to preview), read from the package without extracting anything."""
        from desktop.packaging.container import PackageReader

        with PackageReader(self.path) as r:
            if entry not in r.names:
                raise KeyError(entry)
            return r.read(entry)


_KIND = {"individual": "Cá nhân", "collective": "Tập thể", "household": "Hộ gia đình"}


def _view(path: Path, report: Any, names: list[tuple[str, int]]) -> PackageView:
    from desktop.awards.eligibility import judge_dossier
    from desktop.awards.results import VERDICT_LABELS

    d = report.dossier
    nominees: list[tuple[str, str, str, str]] = []
    proposals: list[tuple[str, str, str, str, str]] = []
    complete = eligible = None
    if d is not None:
        nominees = [(n.id, n.display_name, _KIND.get(n.kind, n.kind), n.national_id or "") for n in d.nominees]
        try:
            judged = judge_dossier(d)
            complete, eligible = judged.complete, judged.eligible
            for p in judged.proposals:
                n = d.nominee(p.nominee_id)
                proposals.append((n.display_name if n else p.nominee_id, p.award_name or p.award, str(p.year),
                                  VERDICT_LABELS.get(p.verdict, p.verdict), "; ".join(r.message for r in p.decisive)))
        except Exception as exc:  # a rule set problem must not hide the signatures
            proposals.append(("", "", "", "Không xét được", str(exc)))
    return PackageView(path, report.ok, report.intact,
                       tuple(CheckLine(c.label, c.ok, c.detail, tuple(c.notes)) for c in report.checks),
                       _signature_lines(report), tuple(DocumentEntry(n, size, n.endswith(".pdf"))
                                                       for n, size in names if n.startswith("documents/")),
                       tuple(nominees), tuple(proposals), (), tuple(report.lines()),
                       d.unit.name if d else "", complete, eligible, report.verdict)


def _replace(view: PackageView, **kw: Any) -> PackageView:
    import dataclasses

    return dataclasses.replace(view, **kw)


def inspect_package(path: Path, trust_roots: Sequence[Any] | None = None) -> PackageView:
    """Verify and describe a package for the viewer; never raises for a hostile file (the checks say why)."""
    from desktop.packaging.container import ContainerError, PackageReader
    from desktop.packaging.verify import verify_package

    path = Path(path)
    report = verify_package(path, trust_roots)
    names: list[tuple[str, int]] = []
    try:
        with PackageReader(path) as r:
            if not r.problems:
                names = [(n, r.info(n).file_size) for n in r.names]
    except (ContainerError, OSError):
        pass
    view = _view(path, report, names)
    children = tuple(_child(path, c) for c in report.inputs)
    return _replace(view, inputs=children)


def _child(path: Path, report: Any) -> PackageView:
    return PackageView(path, report.ok, report.intact,
                       tuple(CheckLine(c.label, c.ok, c.detail, tuple(c.notes)) for c in report.checks),
                       _signature_lines(report), (), (), (), (), tuple(report.lines()),
                       report.dossier.unit.name if report.dossier else report.name, None, None, report.verdict)


def preset_libraries() -> list[tuple[str, str]]:
    """(CA name, library path) for this platform, all of them (the dialog marks which exist on disk)."""
    from desktop.packaging.signers import preset_library_paths

    return preset_library_paths(existing_only=False)


def list_token(library: str, pin: str | None = None) -> list[Any]:
    """Slots, certificates and keys for the token wizard (TokenInfo objects)."""
    from desktop.packaging.signers import SignerError, list_token_objects

    try:
        return list_token_objects(library, pin)
    except SignerError as exc:
        raise SignerOpenError(str(exc)) from None


def open_signer(spec: SignerSpec) -> Any:
    """A PackageSigner (context manager) from the dialog's choice."""
    from desktop.packaging.signers import Pkcs11Signer, Pkcs12Signer, SignerError

    try:
        if spec.kind == "p12":
            return Pkcs12Signer(spec.path or "", spec.secret)
        return Pkcs11Signer(spec.library or "", pin=spec.secret, token_label=spec.token_label,
                            slot_id=spec.slot_id, key_id=spec.key_id)
    except SignerError as exc:
        raise SignerOpenError(str(exc)) from None


class PackagesFacade:
    def __init__(self, store: Store, on_change: Callable[[Any], None] | None = None):
        self._store = store
        self._on_change = on_change
        self._checked: exporting.Plan | None = None

    @property
    def data_dir(self) -> Path:
        return self._store.paths.root

    @property
    def exports_dir(self) -> Path:
        return self._store.paths.exports

    def trust_roots(self, extra: Sequence[Path] = ()) -> list[Any]:
        """Bundled roots plus those the clerk put in the data folder's trust/ folder."""
        from desktop.packaging.trust import load_trust_roots

        return load_trust_roots([*self._store.paths.trust_files(), *extra])

    def _changed(self, dossier_ids: set[int]) -> None:
        if self._on_change is not None:
            from desktop.services.changes import Changes

            self._on_change(Changes(dossiers=frozenset(dossier_ids)))

    # export --------------------------------------------------------------------------------------------
    def export_problems(self, dossier_id: int) -> tuple[list[str], list[str]]:
        plan = exporting.plan_export(self._store, dossier_id)
        self._checked = plan  # handed to export(), which signs these PDFs if the dossier is unchanged by then
        return list(plan.problems), list(plan.warnings)

    def certificate_problems(self, certificate: Any, at: dt.datetime | None = None) -> list[Any]:
        """Why this certificate should not sign now (packaging.judge.Problem: code, message, blocking), with the
        clerk's added roots trusted beside the bundled ones; for the signing dialog's warnings."""
        from desktop.packaging.judge import signing_certificate_problems

        return signing_certificate_problems(certificate, at or dt.datetime.now(dt.UTC),
                                            trust_roots=self.trust_roots())

    def export(self, dossier_id: int, spec: SignerSpec, out: Path, *, seal_png: bytes | None = None,
               progress: exporting.Progress | None = None, cancelled: Callable[[], bool] | None = None,
               when: dt.datetime | None = None, allow_test_certificate: bool = False,
               timestamp_url: str | None = None) -> exporting.ExportResult:
        """`timestamp_url`: an RFC 3161 server the clerk chose; the signatures become B-T (needs the network)."""
        checked, self._checked = self._checked, None  # one export per check: the rendered PDFs are large
        with open_signer(spec) as signer:
            if timestamp_url:
                from desktop.packaging.tsa import timestamp_client

                signer.timestamper = timestamp_client(timestamp_url)
            result = exporting.export_dossier(self._store, dossier_id, signer, out, seal_png=seal_png,
                                              progress=progress, cancelled=cancelled, when=when, checked=checked,
                                              allow_test_certificate=allow_test_certificate)
        self._changed({dossier_id})
        return result

    # inbox ---------------------------------------------------------------------------------------------
    def inbox(self) -> list[inbox_service.InboxRow]:
        return inbox_service.list_inbox(self._store)

    def import_package(self, path: Path, timestamp_url: str | None = None) -> inbox_service.ImportResult:
        """`timestamp_url`: an RFC 3161 server that timestamps the received bytes (needs the network)."""
        return inbox_service.import_package(self._store, path, self.trust_roots(), timestamp_url=timestamp_url)

    def reverify(self, row_id: int) -> inbox_service.ImportResult:
        return inbox_service.reverify(self._store, row_id, self.trust_roots())

    def stored_package(self, row_id: int) -> Path:
        return inbox_service.stored_file(self._store, inbox_service.get(self._store, row_id))

    def aggregate(self, campaign: str, row_ids: list[int], title: str | None = None) -> aggregation.AggregationResult:
        result = aggregation.aggregate(self._store, campaign, row_ids, title)
        self._changed({result.dossier_id})
        return result

    # return notes --------------------------------------------------------------------------------------
    def package_nominees(self, row_id: int) -> list[tuple[str, str]]:
        return returns_service.received_package_nominees(self._store, row_id)

    def write_return_note(self, row_id: int, items: list[dict[str, Any]], spec: SignerSpec,
                          comment: str | None = None, out_dir: Path | None = None) -> Path:
        with open_signer(spec) as signer:
            return returns_service.write_return_note(self._store, row_id, items, signer, out_dir, comment)

    def import_return_note(self, path: Path, confirm_signer: bool = False) -> returns_service.ReturnImport:
        """ReturnNoteSignerUnconfirmed when the clerk must first confirm who signed (first contact)."""
        result = returns_service.import_return_note(self._store, path, self.trust_roots(),
                                                    confirm_signer=confirm_signer)
        self._changed({result.dossier_id})
        return result
