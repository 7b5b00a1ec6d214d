"""Build the upper level's dossier from verified lower-level packages (tổng hợp hồ sơ).

Nominees and proposals are merged under ids prefixed with the sending unit's code (`09154-p01`), so two communes'
`p01` stay distinct; the scanned evidence (documents/05_dinh-kem) is copied into the attachment store so the new
dossier is self-contained; the originals are embedded under inputs/ when it is exported (`aggregated_from`).
The same CCCD in two packages is flagged in `extra["aggregation_issues"]` (and `judge_dossier` reports it as an
error, so the dossier cannot be exported until the clerk resolves it); statistics are recomputed from the merge.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tempfile
from collections import Counter
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop import snapshot as snap
from desktop.models import ReceivedPackage
from desktop.packaging.build import file_sha256
from desktop.services import attachments, audit
from desktop.services.dossiers import add_snapshot, own_unit
from desktop.store.database import Store
from desktop.vn.text import clean

EVIDENCE = "documents/05_dinh-kem/"


class AggregationError(ValueError):
    """The packages cannot be merged; the message says which and what to do. Nothing was written."""


@dataclass(frozen=True)
class AggregationResult:
    dossier_id: int
    nominees: int
    proposals: int
    issues: tuple[dict[str, Any], ...]
    stats: dict[str, Any]


@dataclass
class _Source:
    row: ReceivedPackage
    path: Path
    dossier: snap.Dossier
    evidence: dict[str, bytes]  # entry name -> bytes


def _prefix(code: str | None, index: int) -> str:
    p = re.sub(r"[^A-Za-z0-9-]+", "", code or "")
    return p or f"g{index + 1}"


def _load_sources(store: Store, package_ids: list[int]) -> list[_Source]:
    from desktop.packaging.container import PackageReader

    if not package_ids:
        raise AggregationError("chưa chọn gói nào để tổng hợp")
    if len(set(package_ids)) != len(package_ids):
        raise AggregationError("một gói được chọn hai lần")
    with store.read() as s:
        rows = {r.id: r for r in s.scalars(select(ReceivedPackage).where(ReceivedPackage.id.in_(package_ids)))}
    out, names = [], set()
    for pid in package_ids:
        rp = rows.get(pid)
        if rp is None:
            raise AggregationError(f"hộp thư đến không có gói số {pid} (xem: hskt inbox)")
        if rp.status == "rejected":
            raise AggregationError(f"gói {rp.file_name} (số {pid}) đã bị từ chối khi nhận nên không được tổng hợp; "
                                   "hãy đề nghị đơn vị gửi lại gói đúng")
        if rp.status != "ok":
            raise AggregationError(f"gói {rp.file_name} (số {pid}) nguyên vẹn nhưng chữ ký chưa được tin cậy; hãy thêm "
                                   "chứng thư CA gốc của đơn vị gửi rồi nhận lại gói")
        if rp.file_name in names:
            raise AggregationError(f"hai gói cùng tên {rp.file_name}; chỉ chọn phiên bản mới nhất")
        names.add(rp.file_name)
        path = store.paths.root / rp.stored_path
        if not path.is_file() or file_sha256(path) != rp.sha256:
            raise AggregationError(f"tệp lưu của gói {rp.file_name} bị mất hoặc bị thay đổi trong hộp thư đến; "
                                   "hãy nhận lại gói gốc")
        with PackageReader(path) as r:
            d = snap.loads(r.read("dossier.json"))
            evidence = {n: r.read(n) for n in r.names if n.startswith(EVIDENCE)}
        out.append(_Source(rp, path, d, evidence))
    return out


def _common(values: list[Any], what: str) -> Any:
    distinct = sorted({v for v in values if v is not None}, key=str)
    if len(distinct) > 1:
        raise AggregationError(f"các gói dùng {what} khác nhau ({', '.join(map(str, distinct))}); "
                               "chỉ tổng hợp các gói cùng đợt, cùng bộ quy tắc")
    return distinct[0] if distinct else None


def _merge(sources: list[_Source]) -> tuple[list[snap.Nominee], list[snap.Proposal], list[tuple[snap.DocumentRef,
                                                                                                 bytes]]]:
    nominees, proposals, docs = [], [], []
    for i, src in enumerate(sources):
        d, prefix = src.dossier, _prefix(src.dossier.unit.code, i)
        proposed = {p.nominee_id for p in d.proposals}  # the upper level merges what is proposed, not the registry
        ids = {n.id: f"{prefix}-{n.id}" for n in d.nominees if n.id in proposed}
        for n in (n for n in d.nominees if n.id in ids):
            origin = {"package": src.row.file_name, "unit": d.unit.name, "nominee_id": n.id}
            nominees.append(dataclasses.replace(n, id=ids[n.id], extra={**n.extra, "source": origin}))
        proposals += [dataclasses.replace(p, nominee_id=ids[p.nominee_id]) for p in d.proposals]
        for ref in d.documents:
            if ref.file in src.evidence and (ref.nominee_id is None or ref.nominee_id in ids):
                nid = ids.get(ref.nominee_id) if ref.nominee_id else None
                docs.append((snap.DocumentRef(ref.component, ref.file, nid, None, dict(ref.extra)),
                             src.evidence[ref.file]))
    return nominees, proposals, docs


def _duplicates(nominees: list[snap.Nominee]) -> list[dict[str, Any]]:
    by_cccd: dict[str, list[snap.Nominee]] = {}
    for n in nominees:
        if n.national_id:
            by_cccd.setdefault(n.national_id, []).append(n)
    issues = []
    for cccd, group in sorted(by_cccd.items()):
        packages = sorted({str(n.extra["source"]["package"]) for n in group})
        if len(packages) < 2:
            continue  # within one package judge_dossier already reports it
        who = "; ".join(f"{n.display_name} ({n.extra['source']['unit']}, {n.id})" for n in group)
        issues.append({"kind": "cccd-trung", "severity": "error", "national_id": cccd,
                       "nominees": [n.id for n in group], "packages": packages,
                       "message": f"Số CCCD {cccd} có ở {len(packages)} gói: {who}. Hãy xác minh và chỉ giữ một "
                                  "đề nghị, hoặc trả lại gói để đơn vị sửa"})
    return issues


def _stats(sources: list[_Source], nominees: list[snap.Nominee], proposals: list[snap.Proposal],
           duplicates: int) -> dict[str, Any]:
    by_unit = {s.dossier.unit.name: {"nominees": len(s.dossier.nominees), "proposals": len(s.dossier.proposals)}
               for s in sources}
    return {"packages": len(sources), "nominees": len(nominees), "proposals": len(proposals),
            "by_award": dict(sorted(Counter(p.award for p in proposals).items())),
            "by_kind": dict(sorted(Counter(n.kind for n in nominees).items())),
            "by_unit": by_unit, "duplicate_cccd": duplicates}


def _signer_cn(rp: ReceivedPackage) -> str:
    sigs = (rp.report or {}).get("signatures") or []
    return str(sigs[0].get("signer") or "") if sigs else rp.signer


def aggregate(store: Store, campaign_name: str, package_ids: list[int], title: str | None = None) -> AggregationResult:
    campaign_name = clean(campaign_name)
    if not campaign_name:
        raise AggregationError("tên đợt xét không được để trống")
    sources = _load_sources(store, list(package_ids))
    year = _common([s.dossier.year for s in sources], "năm xét")
    ruleset = _common([s.dossier.ruleset for s in sources], "bộ quy tắc")
    as_of = max((s.dossier.as_of for s in sources if s.dossier.as_of), default=None)
    if year is None:
        raise AggregationError("các gói không ghi năm xét (campaign.year); không tổng hợp được")
    nominees, proposals, docs = _merge(sources)
    issues = _duplicates(nominees)
    stats = _stats(sources, nominees, proposals, len(issues))
    # received_at is this unit's evidence of when it held each package; its seal over the aggregate vouches for
    # it, so the next level validates the embedded signers at that moment (packaging.verify._input_evidence).
    aggregated_from = [{"package": s.row.file_name, "sha256": s.row.sha256, "signer": _signer_cn(s.row),
                        "verified": True, "received_at": s.row.received_at.replace(tzinfo=UTC).isoformat()}
                       for s in sources]
    staged: list[attachments.StagedFile] = []
    try:
        with store.write() as s:
            unit = own_unit(s)
            if unit is None:
                raise AggregationError("chưa khai báo đơn vị của mình; hãy nhập thông tin đơn vị trong Cài đặt trước")
            ids: dict[int, int] = {}
            for i, (_, data) in enumerate(docs):
                st = _stage_bytes(store.paths.attachments, data, f"tong-hop-{i}")
                staged.append(st)
                att = attachments.record(s, st)
                s.flush()
                ids[i] = att.id
            s.flush()
            doc_refs = tuple(dataclasses.replace(ref, sha256=st.sha256) for (ref, _), st in zip(docs, staged, strict=True))
            merged = snap.Dossier(
                unit=snap.Unit(unit.name, unit.level, unit.code), nominees=tuple(nominees),
                proposals=tuple(proposals), documents=doc_refs, campaign=snap.Campaign(campaign_name, int(year)),
                ruleset=ruleset, as_of=as_of,
                extra={"procedure": "thong-thuong", "aggregated_from": aggregated_from,
                       "aggregation_issues": issues, "aggregation_stats": stats})
            dossier = add_snapshot(s, merged, title=title or f"Tổng hợp {campaign_name}", unit=unit,
                                   attachment_ids=ids, source="aggregate")
            for src in sources:
                row = s.get(ReceivedPackage, src.row.id)
                if row is not None:
                    row.imported_as = dossier.id
            audit.record(s, "dossier.aggregate.inputs", "dossier", dossier.id, dossier.id,
                         {"packages": [a["package"] for a in aggregated_from], "duplicate_cccd": len(issues)})
            s.flush()
            return AggregationResult(dossier.id, len(nominees), len(proposals), tuple(issues), stats)
    except BaseException:
        for st in staged:
            attachments.unstage(st)
        raise


def _stage_bytes(root: Path, data: bytes, name: str) -> attachments.StagedFile:
    root.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=root, prefix=".from-package-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        return dataclasses.replace(attachments.stage(root, Path(tmp)), original_name=name)
    finally:
        Path(tmp).unlink(missing_ok=True)
