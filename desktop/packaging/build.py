"""Build a signed package (PACKAGE-FORMAT.md), add a co-signature, and name things the way the spec says.

The caller (services.exporting) decides what goes in: it has already refused an incomplete dossier and rendered
the documents; this module only signs, lays out, hashes and writes atomically.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import secrets
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop import APP_NAME, __version__
from desktop.packaging import cades
from desktop.packaging.container import (
    ASIC_MANIFEST_RE,
    PACKAGE_LAYOUT,
    PackageWriter,
    atomic_output,
    is_layout_name,
    is_signature_part,
)
from desktop.packaging.manifest import DataObject, asic_manifest, media_type, odf_manifest
from desktop.packaging.pades import SignBox, sign_pdf
from desktop.packaging.signers import PackageSigner
from desktop.snapshot import Dossier, canonical_bytes

_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
Progress = Callable[[int], None]


class PackagingError(ValueError):
    """What was asked cannot be packaged; the message is Vietnamese."""


def new_ulid(at: dt.datetime | None = None) -> str:
    """26-character ULID: 48-bit milliseconds then 80 random bits, Crockford base32, so ids sort by time."""
    ms = int((at.timestamp() if at else time.time()) * 1000)
    value = (ms << 80) | secrets.randbits(80)
    return "".join(_CROCKFORD[(value >> (5 * i)) & 31] for i in reversed(range(26)))


def ulid_time(ulid: str) -> dt.datetime:
    ms = 0
    for ch in ulid[:10].upper():
        ms = ms * 32 + _CROCKFORD.index(ch)
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC)


_NAME_RE = re.compile(r"HSKT_(?P<unit>[A-Za-z0-9-]+)_(?P<year>\d{4})_(?P<id>[0-9A-HJKMNP-TV-Z]{10,26})_r(?P<rev>\d+)\.asice")


def package_name(unit_code: str, year: int, package_id: str, revision: int) -> str:
    name = f"HSKT_{unit_code}_{year}_{package_id}_r{revision}.asice"
    if not _NAME_RE.fullmatch(name):
        raise PackagingError(f"không tạo được tên gói từ mã đơn vị {unit_code!r}: chỉ dùng chữ, số và '-'")
    return name


def parse_package_name(name: str) -> dict[str, Any] | None:
    """unit, year, id, revision from a spec-conforming file name; None for any other name."""
    m = _NAME_RE.fullmatch(os.path.basename(name))
    if not m:
        return None
    return {"unit": m["unit"], "year": int(m["year"]), "id": m["id"], "revision": int(m["rev"])}


def chain_audit(events: Iterable[Mapping[str, Any]]) -> bytes:
    """audit/events.jsonl: one canonical JSON object per line, each carrying `prev`, the SHA-256 (hex) of the
    previous line's bytes ("" for the first), so removing or reordering a line breaks the chain."""
    out, prev = [], ""
    for ev in events:
        line = json.dumps({**ev, "prev": prev}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        raw = line.encode("utf-8")
        out.append(raw)
        prev = hashlib.sha256(raw).hexdigest()
    return b"".join(x + b"\n" for x in out)


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1024 * 1024):
            h.update(chunk)
    return h.hexdigest()


@dataclass(frozen=True)
class Document:
    """A rendered document (bytes). With a SignBox it is PAdES-signed first, with a visible box there."""

    name: str  # entry name, e.g. documents/01_to-trinh.pdf
    data: bytes
    sign_box: SignBox | None = None


@dataclass(frozen=True)
class PackageResult:
    path: Path
    name: str
    package_id: str | None
    revision: int | None
    signer: str
    agency: str | None
    signed_at: dt.datetime
    entries: tuple[tuple[str, str], ...]  # (entry name, SHA-256 hex) as listed in the manifest

    def file_sha256(self) -> str:
        return file_sha256(self.path)


def require_can_sign(signer: PackageSigner, when: dt.datetime) -> None:
    """The last guard before a key is used: a certificate outside its validity or without the right to sign
    (keyUsage) makes no signature at all, whatever the caller checked before."""
    from desktop.packaging.judge import key_usage_allows_signing

    if not signer.valid_at(when):
        raise PackagingError(f"chứng thư số của {signer.name} không còn hiệu lực tại thời điểm ký "
                             f"({signer.certificate.not_valid_before_utc:%d/%m/%Y}–"
                             f"{signer.certificate.not_valid_after_utc:%d/%m/%Y})")
    if not key_usage_allows_signing(signer.certificate):
        raise PackagingError(f"chứng thư số của {signer.name} không được phép dùng để ký (keyUsage thiếu "
                             "digitalSignature/nonRepudiation); hãy chọn chứng thư ký số khác")


def _check_name(name: str) -> str:
    if not is_layout_name(name, PACKAGE_LAYOUT) or is_signature_part(name) or name.startswith("META-INF/"):
        raise PackagingError(f"tên mục {name!r} không thuộc cấu trúc gói (chỉ chữ, số, '.', '_', '-')")
    return name


def _document(d: Document | tuple[Any, ...]) -> Document:
    return d if isinstance(d, Document) else Document(*d)


def build_package(
    out_path: Path,
    dossier: Dossier,
    *,
    signer: PackageSigner,
    documents: Sequence[Document | tuple[Any, ...]] = (),
    attachments: Sequence[tuple[str, Path]] = (),
    inputs: Sequence[tuple[str, Path]] = (),
    audit: bytes | Sequence[Mapping[str, Any]] | None = None,
    package_id: str | None = None,
    revision: int = 1,
    ruleset_version: str | None = None,
    seal_png: bytes | None = None,
    when: dt.datetime | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PackageResult:
    """Sign and write a package. `out_path` may be a folder: the file is then named per the spec.

    attachments: (entry name under documents/, source file) streamed from disk. inputs: (file name or
    inputs/<name>.asice, source package) embedded byte for byte. `audit`: ready bytes or events to chain.
    """
    when = (when or cades.now_vn()).astimezone(cades.VN_TZ)
    require_can_sign(signer, when)
    package_id = package_id or new_ulid(when)
    out_path = Path(out_path)
    if out_path.is_dir():
        if not dossier.unit.code or dossier.year is None:
            raise PackagingError("đơn vị chưa có mã hoặc hồ sơ chưa có năm: không đặt được tên gói")
        out_path = out_path / package_name(dossier.unit.code, dossier.year, package_id, revision)

    producer = {"app": APP_NAME, "version": __version__, "ruleset": dossier.ruleset,
                "ruleset_version": ruleset_version}
    dossier_bytes = canonical_bytes(dossier.with_extra(producer=producer))

    # Sign PDFs before opening the output so a bad PDF or a token error leaves no temporary file behind.
    items: dict[str, tuple[str, Any]] = {}
    for d in map(_document, documents):
        data = d.data
        if d.sign_box is not None:
            data = sign_pdf(data, signer, d.sign_box, when=when, seal_png=seal_png)
        items[_check_name(d.name)] = ("bytes", data)
    for name, src in attachments:
        items[_check_name(name)] = ("file", Path(src))
    for name, src in inputs:
        entry = name if name.startswith("inputs/") else f"inputs/{name}"
        items[_check_name(entry)] = ("file", Path(src))
    if audit is not None:
        items["audit/events.jsonl"] = ("bytes", audit if isinstance(audit, bytes) else chain_audit(audit))
    for kind, value in items.values():
        if kind == "file" and not value.is_file():
            raise PackagingError(f"không tìm thấy tệp đính kèm {value}")

    order = ["dossier.json"]
    for top in ("documents/", "inputs/", "audit/"):  # the spec's layout order, names sorted within each part
        order += sorted(n for n in items if n.startswith(top))
    objects: list[DataObject] = []
    with atomic_output(out_path) as fh:
        with PackageWriter(fh, progress, cancelled) as w:
            objects.append(DataObject("dossier.json", media_type("dossier.json"), w.write_bytes("dossier.json",
                                                                                               dossier_bytes)))
            for name in order[1:]:
                kind, value = items[name]
                digest = w.write_bytes(name, value) if kind == "bytes" else w.write_file(name, value)
                objects.append(DataObject(name, media_type(name), digest))
            _seal(w, objects, [o.name for o in objects], signer, 1, when)
    return PackageResult(out_path, out_path.name, package_id, revision, signer.name, signer.agency, when,
                         tuple((o.name, o.sha256_hex) for o in objects))


def _seal(w: PackageWriter, objects: list[DataObject], data_names: list[str], signer: PackageSigner, n: int,
          when: dt.datetime, write_odf: bool = True) -> None:
    """Write META-INF/manifest.xml (first seal only), ASiCManifestNNN.xml over `objects`, and signatureNNN.p7s."""
    if write_odf:
        odf = odf_manifest(data_names)
        objects.append(DataObject("META-INF/manifest.xml", "text/xml", w.write_bytes("META-INF/manifest.xml", odf)))
    sig_name = f"META-INF/signature{n:03d}.p7s"
    manifest = asic_manifest(sig_name, objects)
    w.write_bytes(f"META-INF/ASiCManifest{n:03d}.xml", manifest)
    w.write_bytes(sig_name, cades.sign_detached(manifest, signer, when))


def cosign(package_path: Path, signer: PackageSigner, out_path: Path | None = None, *,
           when: dt.datetime | None = None, trust_roots: Sequence[Any] | None = None,
           require_valid: bool = True) -> PackageResult:
    """Add the receiving level's seal: ASiCManifestNNN over every entry (the earlier pairs included) and
    signatureNNN, leaving every existing entry's content untouched. The package is verified first; a package that
    fails is not co-signed unless `require_valid` is False (tests only). Writes `out_path` (default: replace the
    file atomically)."""
    from desktop.packaging.container import PackageReader
    from desktop.packaging.verify import verify_package

    when = (when or cades.now_vn()).astimezone(cades.VN_TZ)
    require_can_sign(signer, when)
    package_path = Path(package_path)
    if require_valid:
        report = verify_package(package_path, trust_roots, now=when)
        if not report.ok:
            raise PackagingError(f"gói {package_path.name} không vượt qua kiểm tra, không thể ký bổ sung: "
                                 f"{report.first_failure()}")
    out_path = Path(out_path or package_path)
    # The reader is closed before the rename: Windows cannot replace a file that is still open.
    with atomic_output(out_path) as fh, PackageReader(package_path) as r:
        if r.problems:
            raise PackagingError(f"gói {package_path.name} có cấu trúc không hợp lệ: {r.problems[0]}")
        taken = [int(m[1]) for name in r.names if (m := ASIC_MANIFEST_RE.fullmatch(name))]
        n = max(taken, default=0) + 1
        objects: list[DataObject] = []
        with PackageWriter(fh) as w:
            for name in r.names[1:]:  # entry 0 is mimetype, which the writer puts first itself
                with r.open(name) as src:
                    digest = w.write_stream(name, src, r.info(name).file_size)
                objects.append(DataObject(name, media_type(name), digest))
            _seal(w, objects, [], signer, n, when, write_odf=False)
    parsed = parse_package_name(out_path.name) or {}
    return PackageResult(out_path, out_path.name, parsed.get("id"), parsed.get("revision"), signer.name,
                         signer.agency, when, tuple((o.name, o.sha256_hex) for o in objects))
