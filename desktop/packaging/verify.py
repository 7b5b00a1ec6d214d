"""`verify_package`: every check of PACKAGE-FORMAT.md "Verifying", one line each, in Vietnamese.

The package is read in place (nothing is extracted), structural checks run before any entry is decompressed, and
content checks are skipped once the structure is hostile, so a zip bomb or a 100 000-entry file fails in
milliseconds. Nested packages under inputs/ are verified through a window on the outer file.

Who signed is judged once, the same way, for the seal and every PAdES signature (judge.judge_certificate); the
package's verdict is the worst of its checks' (`VerifyReport.verdict`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from cryptography import x509

from desktop.packaging import cades
from desktop.packaging.container import (
    ASIC_MANIFEST_RE,
    DEFAULT_LIMITS,
    PACKAGE_LAYOUT,
    ContainerError,
    Limits,
    PackageReader,
    is_signature_part,
)
from desktop.packaging.judge import ACCEPTED, VERDICT_LABELS, Evidence, earliest, worst
from desktop.packaging.manifest import AsicManifest, ManifestError, parse_asic_manifest, parse_odf_manifest
from desktop.packaging.pades import PdfSignatureResult, verify_pdf
from desktop.snapshot import Dossier, SchemaError, loads

LABELS = {
    "container": "Cấu trúc gói ASiC-E",
    "manifest": "Danh mục tệp và mã băm SHA-256",
    "signature": "Chữ ký số CAdES của gói",
    "pdf": "Chữ ký số PAdES trên văn bản PDF",
    "dossier": "dossier.json đúng lược đồ hskt-dossier/1",
    "inputs": "Các gói cấp dưới nhúng kèm",
    "audit": "Nhật ký thao tác (chuỗi băm)",
    "note": "return-note.json đúng lược đồ hskt-return-note/1",
}
# The PDFs that carry the unit's signature (PACKAGE-FORMAT.md layout): present means signed.
MUST_BE_SIGNED = ("documents/01_to-trinh.pdf", "documents/02_danh-sach.pdf", "documents/03_bien-ban-hop.pdf")
GENESIS = "0" * 64
SKIPPED = "không kiểm tra được vì cấu trúc gói không hợp lệ"


@dataclass
class Check:
    id: str
    ok: bool
    detail: str
    notes: list[str] = field(default_factory=list)
    verdict: str = ""  # judge.VERDICTS for the checks that judge signers; else derived from `ok`

    @property
    def label(self) -> str:
        return LABELS[self.id]

    @property
    def effective(self) -> str:
        return self.verdict or ("ok" if self.ok else "invalid")

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "label": self.label, "ok": self.ok, "verdict": self.effective, "detail": self.detail,
                "notes": self.notes}


@dataclass
class VerifyReport:
    name: str
    checks: list[Check] = field(default_factory=list)
    signatures: list[tuple[str, cades.SignatureResult]] = field(default_factory=list)
    pdf_signatures: list[tuple[str, PdfSignatureResult]] = field(default_factory=list)
    inputs: list[VerifyReport] = field(default_factory=list)
    dossier: Dossier | None = None
    digests: dict[str, str] = field(default_factory=dict)  # entry -> SHA-256 hex, as verified
    extra: dict[str, Any] = field(default_factory=dict)  # e.g. the parsed return note
    evidence: Evidence | None = None  # the proven moment signers were validated at, when not "now"

    @property
    def verdict(self) -> str:
        """ok | ok-expired | untrusted | invalid: the worst of every check (judge.worst)."""
        return worst(c.effective for c in self.checks)

    @property
    def verdict_label(self) -> str:
        return VERDICT_LABELS[self.verdict]

    @property
    def ok(self) -> bool:
        return bool(self.checks) and all(c.ok for c in self.checks) and self.verdict in ACCEPTED

    @property
    def intact(self) -> bool:
        """Nothing was changed since signing, whether or not the signer is trusted."""
        bad = {"container", "manifest"}
        return (all(c.ok for c in self.checks if c.id in bad)
                and bool(self.signatures) and all(s.intact for _, s in self.signatures)
                and all(p.whole for _, p in self.pdf_signatures)
                and all(i.intact for i in self.inputs))

    @property
    def signer(self) -> cades.SignatureResult | None:
        """The first signature: the sending unit's."""
        return self.signatures[0][1] if self.signatures else None

    def check(self, check_id: str) -> Check | None:
        return next((c for c in self.checks if c.id == check_id), None)

    def first_failure(self) -> str:
        for c in self.checks:
            if not c.ok:
                return f"{c.label}: {c.detail}"
        return ""

    def lines(self, indent: str = "") -> list[str]:
        out = [f"{indent}Gói {self.name}: {self.verdict_label.upper()}"]
        if self.evidence is not None:
            out.append(f"{indent}  (chữ ký được kiểm tra theo {self.evidence.describe()})")
        for c in self.checks:
            out.append(f"{indent}  [{'ĐẠT' if c.ok else 'LỖI'}] {c.label}: {c.detail}")
            out += [f"{indent}      - {n}" for n in c.notes]
        for child in self.inputs:
            out += child.lines(indent + "    ")
        return out

    def to_json(self) -> dict[str, Any]:
        return {
            "package": self.name,
            "ok": self.ok,
            "verdict": self.verdict,
            "verdict_label": self.verdict_label,
            "intact": self.intact,
            "evidence": ({"at": self.evidence.at.isoformat(), "kind": self.evidence.kind}
                         if self.evidence else None),
            "checks": [c.to_json() for c in self.checks],
            "signatures": [
                {"entry": n, "status": s.status, "verdict": s.verdict, "signer": s.signer, "agency": s.agency,
                 "signing_time": s.signing_time.isoformat() if s.signing_time else None, "message": s.message}
                for n, s in self.signatures
            ],
            "pdf_signatures": [
                {"entry": n, "field": p.field, "status": p.status, "verdict": p.verdict or "invalid",
                 "signer": p.signer, "agency": p.agency,
                 "signing_time": p.signing_time.isoformat() if p.signing_time else None, "message": p.message}
                for n, p in self.pdf_signatures
            ],
            "inputs": [i.to_json() for i in self.inputs],
        }


def verify_package(source: Path | BinaryIO, trust_roots: Sequence[x509.Certificate] | None = None,
                   now: dt.datetime | None = None, *, evidence: Evidence | None = None, name: str | None = None,
                   limits: Limits = DEFAULT_LIMITS, layout: Sequence[Any] = PACKAGE_LAYOUT,
                   _depth: int = 0) -> VerifyReport:
    """Verify a package file (or a seekable stream). `trust_roots=None` means the bundled roots only.

    `evidence`: a moment the caller can prove the package existed (the inbox's receipt); signers are then
    validated at that moment, so a certificate that expired later does not undo an accepted package.
    """
    roots = list(cades.load_trust_roots() if trust_roots is None else trust_roots)
    now = now or dt.datetime.now(dt.UTC)
    report = VerifyReport(name or (Path(source).name if isinstance(source, (str, Path)) else "gói"))
    try:
        reader = PackageReader(source, limits, layout)
    except (ContainerError, OSError) as exc:
        report.checks.append(Check("container", False, str(exc) if isinstance(exc, ContainerError)
                                   else f"không mở được tệp: {exc.strerror or exc}"))
        report.checks += [Check(k, False, SKIPPED) for k in ("manifest", "signature", "pdf", "dossier")]
        return report
    with reader:
        _Verifier(reader, report, roots, now, limits, _depth, evidence).run()
    return report


def _joined(notes: list[str]) -> str:
    return notes[0] + (f" (và {len(notes) - 1} lỗi khác)" if len(notes) > 1 else "")


class _Verifier:
    def __init__(self, r: PackageReader, report: VerifyReport, roots: list[x509.Certificate], now: dt.datetime,
                 limits: Limits, depth: int, evidence: Evidence | None):
        self.r, self.report, self.roots, self.now, self.limits, self.depth = r, report, roots, now, limits, depth
        self.evidence = evidence
        self.manifests: dict[str, tuple[bytes, AsicManifest]] = {}
        self.dossier_error: tuple[str, list[str]] | None = None

    def add(self, check_id: str, ok: bool, detail: str, notes: list[str] | None = None, verdict: str = "") -> None:
        self.report.checks.append(Check(check_id, ok, detail, notes or [], verdict))

    def run(self) -> None:
        r = self.r
        if r.problems:
            self.add("container", False, _joined(r.problems), r.problems[1:20])
            for k in ("manifest", "signature", "pdf", "dossier"):
                self.add(k, False, SKIPPED)
            return
        self.add("container", True, f"{len(r.names)} mục, mimetype đúng, không có đường dẫn hay tên nguy hiểm")
        manifest_ok = self.check_manifests()
        self.read_dossier()
        self.check_signatures()
        self.check_pdfs(manifest_ok)
        self.check_dossier(manifest_ok)
        declared = self.report.dossier.extra.get("aggregated_from") if self.report.dossier else None
        if any(n.startswith("inputs/") for n in r.names) or declared:
            self.check_inputs(manifest_ok)
        if "audit/events.jsonl" in r.names:
            self.check_audit(manifest_ok)
        self.report.evidence = self.evidence

    @property
    def unit_name(self) -> str | None:
        d = self.report.dossier
        return d.unit.name if d is not None and d.unit.name else None

    # 2 ------------------------------------------------------------------------------------------------
    def check_manifests(self) -> bool:
        r, notes = self.r, []
        pairs = sorted(n for n in r.names if ASIC_MANIFEST_RE.fullmatch(n))
        if not pairs:
            self.add("manifest", False, "thiếu META-INF/ASiCManifest001.xml")
            return False
        data_files = [n for n in r.names if not is_signature_part(n)]
        digests: dict[str, bytes] = {}
        for mname in pairs:
            try:
                raw = r.read(mname)
                m = parse_asic_manifest(raw, mname)
            except (ContainerError, ManifestError) as exc:
                notes.append(str(exc))
                continue
            self.manifests[mname] = (raw, m)
            expected_sig = f"META-INF/signature{ASIC_MANIFEST_RE.fullmatch(mname)[1]}.p7s"  # type: ignore[index]
            if m.signature != expected_sig:
                notes.append(f"{mname}: trỏ tới chữ ký {m.signature!r}, phải là {expected_sig}")
            listed = set(m.names())
            for o in m.objects:
                if o.name not in r.names:
                    notes.append(f"{o.name}: có trong {mname} nhưng không có trong gói (đã bị xóa hoặc đổi tên)")
                    continue
                if o.name not in digests:
                    try:
                        digests[o.name] = r.sha256(o.name)
                    except ContainerError as exc:
                        notes.append(str(exc))
                        digests[o.name] = b""
                if digests[o.name] != o.sha256:
                    notes.append(f"{o.name}: mã băm SHA-256 không khớp {mname} (nội dung đã bị thay đổi)")
            for n in data_files:
                if n not in listed:
                    notes.append(f"{n}: có trong gói nhưng không có trong {mname} (tệp bị thêm vào)")
        if "META-INF/manifest.xml" in r.names and not notes:
            try:
                odf = parse_odf_manifest(r.read("META-INF/manifest.xml"))
                missing = [n for n in data_files if not n.startswith("META-INF/") and n not in odf]
                if missing:
                    notes.append(f"META-INF/manifest.xml thiếu {', '.join(missing[:5])}")
            except (ContainerError, ManifestError) as exc:
                notes.append(str(exc))
        self.report.digests = {k: v.hex() for k, v in digests.items() if v}
        if notes:
            self.add("manifest", False, _joined(notes), notes[1:20])
            return False
        self.add("manifest", True, f"{len(digests)} tệp khớp mã băm trong {len(pairs)} danh mục; không thừa tệp nào")
        return True

    # 3 ------------------------------------------------------------------------------------------------
    def check_signatures(self) -> None:
        r = self.r
        notes: list[str] = []
        oks: list[str] = []
        verdicts: list[str] = []
        sigs = sorted(n for n in r.names if n.startswith("META-INF/signature"))
        manifests = sorted(n for n in r.names if ASIC_MANIFEST_RE.fullmatch(n))
        if not sigs:
            self.add("signature", False, "gói không có chữ ký (thiếu META-INF/signature001.p7s)")
            return
        for sname in sigs:
            mname = f"META-INF/ASiCManifest{sname[-7:-4]}.xml"
            if mname not in self.manifests:
                notes.append(f"{sname}: thiếu hoặc hỏng danh mục {mname} mà chữ ký này ký lên")
                verdicts.append("invalid")
                continue
            try:
                sig = r.read(sname)
            except ContainerError as exc:
                notes.append(str(exc))
                verdicts.append("invalid")
                continue
            # The first seal is the sending unit's: its certificate must name the unit the dossier is from. A
            # later co-signature is the receiving level's own.
            office = self.unit_name if sname.endswith("001.p7s") else None
            res = cades.verify_detached(sig, self.manifests[mname][0], self.roots, self.now, evidence=self.evidence,
                                        expected_office=office)
            self.report.signatures.append((sname, res))
            verdicts.append(res.verdict)
            (oks if res.ok else notes).append(f"{sname}: {res.message}")
        for mname in manifests:
            if f"META-INF/signature{mname[-7:-4]}.p7s" not in sigs:
                notes.append(f"{mname}: không có chữ ký tương ứng")
                verdicts.append("invalid")
        verdict = worst(verdicts)
        if notes:
            self.add("signature", False, notes[0], notes[1:] + oks, verdict)
        else:
            self.add("signature", True, oks[0], oks[1:], verdict)

    # 4 ------------------------------------------------------------------------------------------------
    def check_pdfs(self, manifest_ok: bool) -> None:
        if not manifest_ok:
            self.add("pdf", False, "bỏ qua vì danh mục mã băm không khớp")
            return
        notes: list[str] = []
        oks: list[str] = []
        verdicts: list[str] = []
        pdfs = [n for n in self.r.names if n.startswith("documents/") and n.endswith(".pdf")
                and not n.startswith("documents/05_dinh-kem/")]  # scanned evidence is kept as given
        # The seal's own proven moment (a B-T timestamp) covers every PDF, whose bytes it signs through the manifest.
        seal = self.report.signer
        evidence = earliest(self.evidence, seal.evidence if seal is not None and seal.ok else None)
        for name in pdfs:
            try:
                results = verify_pdf(self.r.read(name), self.roots, self.now, evidence=evidence,
                                     expected_office=self.unit_name)
            except ContainerError as exc:
                notes.append(str(exc))
                verdicts.append("invalid")
                continue
            if not results:
                if name in MUST_BE_SIGNED:
                    notes.append(f"{name}: chưa được ký số")
                    verdicts.append("invalid")
                continue
            for res in results:
                self.report.pdf_signatures.append((name, res))
                verdicts.append(res.verdict or "invalid")
                (oks if res.ok else notes).append(f"{name}: {res.message}")
        verdict = worst(verdicts) if verdicts else "ok"
        if notes:
            self.add("pdf", False, notes[0], notes[1:], verdict)
        elif oks:
            label = VERDICT_LABELS[verdict]
            self.add("pdf", True, f"{len(oks)} chữ ký PDF nguyên vẹn, bao trùm toàn bộ tệp, {label}", oks, verdict)
        else:
            self.add("pdf", True, "không có văn bản PDF nào cần chữ ký")

    # 5 ------------------------------------------------------------------------------------------------
    def read_dossier(self) -> None:
        if "dossier.json" not in self.r.names:
            return
        try:
            self.report.dossier = loads(self.r.read("dossier.json"))
        except (ContainerError, SchemaError) as exc:
            self.dossier_error = (str(exc), [str(p) for p in getattr(exc, "problems", [])])

    def check_dossier(self, manifest_ok: bool) -> None:
        if "dossier.json" not in self.r.names:
            self.add("dossier", False, "thiếu dossier.json")
            return
        if self.dossier_error is not None:
            self.add("dossier", False, self.dossier_error[0], self.dossier_error[1][1:20])
            return
        d = self.report.dossier
        assert d is not None
        self.add("dossier", True, f"{d.unit.name}: {len(d.nominees)} đối tượng, {len(d.proposals)} đề nghị"
                 + ("" if manifest_ok else " (nhưng nội dung gói không khớp danh mục)"))

    # 6 ------------------------------------------------------------------------------------------------
    def check_inputs(self, manifest_ok: bool) -> None:
        names = [n for n in self.r.names if n.startswith("inputs/")]
        if self.depth + 1 > self.limits.max_depth:
            self.add("inputs", False, f"gói lồng nhau quá {self.limits.max_depth} cấp")
            return
        notes: list[str] = []
        oks: list[str] = []
        verdicts: list[str] = []
        declared = self._declared()
        for n in names:
            try:
                stream = self.r.nested(n)
            except ContainerError as exc:
                notes.append(str(exc))
                verdicts.append("invalid")
                continue
            with stream:
                child = verify_package(stream, self.roots, self.now, evidence=self._input_evidence(declared, n),
                                       name=n.removeprefix("inputs/"), limits=self.limits, _depth=self.depth + 1)
            self.report.inputs.append(child)
            verdicts.append(child.verdict)
            if child.ok:
                signer = child.signer
                oks.append(f"{child.name}: {child.verdict_label}" + (f", ký bởi {signer.signer}" if signer else ""))
            else:
                notes.append(f"{child.name}: {child.first_failure()}")
        structural = self._aggregated_from(names, declared)
        if not manifest_ok:
            structural.insert(0, "danh mục mã băm của gói ngoài không khớp")
        notes = structural + notes
        verdict = worst(verdicts + ["invalid"] * len(structural)) if verdicts or structural else "ok"
        if notes:
            self.add("inputs", False, notes[0], notes[1:] + oks, verdict)
        else:
            self.add("inputs", True, f"{len(names)} gói cấp dưới: {VERDICT_LABELS[verdict]}", oks, verdict)

    def _declared(self) -> dict[str, dict[str, Any]] | None:
        d = self.report.dossier
        declared = d.extra.get("aggregated_from") if d else None
        if not isinstance(declared, list):
            return None
        return {str(e.get("package")): e for e in declared if isinstance(e, dict)}

    def _input_evidence(self, declared: dict[str, dict[str, Any]] | None, entry: str) -> Evidence | None:
        """When this unit's seal is good, it vouches for when it received each embedded package: the
        `received_at` its aggregated_from records (else its own signing time). That moment is what an input's
        signer is validated at, so a commune certificate expiring after the district received the package does
        not undo the district's aggregate."""
        seal = self.report.signer
        if seal is None or not seal.ok:
            return self.evidence
        vouched = None
        raw = (declared or {}).get(entry.removeprefix("inputs/"), {}).get("received_at")
        if isinstance(raw, str):
            try:
                at = dt.datetime.fromisoformat(raw)
                vouched = Evidence(at if at.tzinfo else at.replace(tzinfo=dt.UTC), "aggregated")
            except ValueError:
                vouched = None
        if vouched is None and seal.signing_time is not None:
            vouched = Evidence(seal.signing_time, "aggregated")
        return earliest(self.evidence, seal.evidence, vouched)

    def _aggregated_from(self, names: list[str], declared: dict[str, dict[str, Any]] | None) -> list[str]:
        """dossier.json's aggregated_from must describe exactly the embedded packages, by SHA-256."""
        if declared is None:
            return []
        out = []
        remaining = dict(declared)
        for n in names:
            e = remaining.pop(n.removeprefix("inputs/"), None)
            if e is None:
                out.append(f"{n}: không được khai báo trong aggregated_from")
            elif str(e.get("sha256", "")).lower() != self.report.digests.get(n):
                out.append(f"{n}: SHA-256 khác với aggregated_from")
        out += [f"aggregated_from khai báo {k} nhưng gói không chứa tệp inputs/{k}" for k in remaining]
        return out

    # extra --------------------------------------------------------------------------------------------
    def check_audit(self, manifest_ok: bool) -> None:
        if not manifest_ok:
            self.add("audit", False, "bỏ qua vì danh mục mã băm không khớp")
            return
        try:
            raw = self.r.read("audit/events.jsonl")
        except ContainerError as exc:
            self.add("audit", False, str(exc))
            return
        prev, count = "", 0
        for i, line in enumerate(raw.splitlines()):
            try:
                ev = json.loads(line)
            except ValueError:
                self.add("audit", False, f"dòng {i + 1} không phải JSON")
                return
            # The first line's `prev` is "" (packaging.chain_audit) or 64 zeros (services.audit's genesis hash).
            if not isinstance(ev, dict) or not (ev.get("prev") == prev or (i == 0 and ev.get("prev") == GENESIS)):
                self.add("audit", False, f"dòng {i + 1}: chuỗi băm bị đứt (dòng trước đã bị sửa, xóa hoặc đảo)")
                return
            prev = hashlib.sha256(line).hexdigest()
            count += 1
        self.add("audit", True, f"{count} sự kiện, chuỗi băm liền mạch")
