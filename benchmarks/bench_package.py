"""Export and verify a package with 200 MB of attachments, side by side with `sha256sum` over the same files.

Targets (issue 6): export and verify each reach at least half of sha256sum's throughput, measured in the same run
on the same (page-cached) files; peak memory does not grow with the attachments' size, shown by running the same
export+verify in fresh subprocesses at two sizes and comparing their peak RSS.

    .venv/bin/python -m benchmarks.bench_package        # prints a JSON report
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))  # tests.support.pki provides the throw-away signing key

FILE_MB = 10


def _make_attachments(folder: Path, total_mb: int) -> list[Path]:
    """Random (incompressible, like scans) files of FILE_MB each."""
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for i in range(max(1, total_mb // FILE_MB)):
        p = folder / f"scan_{i:03d}.jpg"
        with open(p, "wb") as f:
            for _ in range(FILE_MB):
                f.write(os.urandom(1024 * 1024))
        files.append(p)
    return files


def _export_and_verify(work: Path, files: list[Path]) -> dict[str, float]:
    from desktop.packaging.build import build_package
    from desktop.packaging.signers import Pkcs12Signer
    from desktop.packaging.verify import verify_package
    from tests.support.packages import sample_dossier
    from tests.support.pki import make_pki

    pki = make_pki()
    signer = Pkcs12Signer(pki.commune.write_p12(work / "k.p12", "pw"), "pw")
    attachments = [(f"documents/05_dinh-kem/p1_khac_{i + 1}.jpg", p) for i, p in enumerate(files)]
    t0 = time.perf_counter()
    res = build_package(work / "out.asice", sample_dossier(), signer=signer, attachments=attachments)
    t1 = time.perf_counter()
    report = verify_package(res.path, [pki.root.cert])
    t2 = time.perf_counter()
    if not report.ok:
        raise RuntimeError("\n".join(report.lines()))
    signer.close()
    return {"export_s": t1 - t0, "verify_s": t2 - t1, "package_bytes": res.path.stat().st_size}


def _child(total_mb: int) -> None:
    """Subprocess body: export+verify `total_mb` and print peak RSS, so each size starts from a clean process."""
    work = Path(tempfile.mkdtemp(prefix="hskt-bench-child-"))
    try:
        files = _make_attachments(work / "att", total_mb)
        base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        timings = _export_and_verify(work, files)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
        print(json.dumps({"total_mb": total_mb, "peak_rss_mib": peak / 1024, "rss_before_mib": base / 1024,
                          **timings}))
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _sha256sum(files: list[Path]) -> float:
    t = time.perf_counter()
    subprocess.run(["sha256sum", *map(str, files)], check=True, capture_output=True)
    return time.perf_counter() - t


def run(total_mb: int = 200, small_mb: int = 20) -> dict[str, Any]:
    work = Path(tempfile.mkdtemp(prefix="hskt-bench-"))
    try:
        files = _make_attachments(work / "att", total_mb)
        nbytes = sum(p.stat().st_size for p in files)
        _sha256sum(files)  # warm the page cache so both sides read from memory
        sha_s = min(_sha256sum(files) for _ in range(2))
        timings = _export_and_verify(work, files)
        mb = nbytes / 1e6
        result: dict[str, Any] = {
            "attachments_mb": round(mb, 1),
            "sha256sum_mb_s": round(mb / sha_s, 1),
            "export_mb_s": round(mb / timings["export_s"], 1),
            "verify_mb_s": round(mb / timings["verify_s"], 1),
        }
        result["export_vs_sha256sum"] = round(result["export_mb_s"] / result["sha256sum_mb_s"], 2)
        result["verify_vs_sha256sum"] = round(result["verify_mb_s"] / result["sha256sum_mb_s"], 2)
        result["throughput_target_met"] = min(result["export_vs_sha256sum"], result["verify_vs_sha256sum"]) >= 0.5
    finally:
        shutil.rmtree(work, ignore_errors=True)
    peaks = {}
    for size in (small_mb, total_mb):
        out = subprocess.run([sys.executable, __file__, "--child", str(size)], check=True, capture_output=True,
                             text=True, cwd=REPO).stdout
        peaks[size] = json.loads(out.strip().splitlines()[-1])["peak_rss_mib"]
    result["peak_rss_mib"] = {f"{k}MB": round(v, 1) for k, v in peaks.items()}
    growth = peaks[total_mb] - peaks[small_mb]
    result["peak_rss_growth_mib"] = round(growth, 1)
    # "Does not grow": ten times the data may cost a few MiB of allocator noise, never a size-proportional amount.
    result["memory_target_met"] = growth < 0.05 * (total_mb - small_mb)
    return result


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        _child(int(sys.argv[2]))
    else:
        print(json.dumps(run(), indent=2))


def rows(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The runner's table rows; the full result stays in results.json beside them."""
    sha = f"{result['sha256sum_mb_s']} MB/s"
    return [
        {"name": "gói: xuất (ký) 200 MB tệp đính kèm", "value": f"{result['export_mb_s']} MB/s", "baseline": sha,
         "ratio": result["export_vs_sha256sum"], "target": "≥ 0,5× sha256sum",
         "ok": result["export_vs_sha256sum"] >= 0.5, "detail": result},
        {"name": "gói: kiểm tra 200 MB tệp đính kèm", "value": f"{result['verify_mb_s']} MB/s", "baseline": sha,
         "ratio": result["verify_vs_sha256sum"], "target": "≥ 0,5× sha256sum",
         "ok": result["verify_vs_sha256sum"] >= 0.5},
        {"name": "gói: bộ nhớ đỉnh 20 MB → 200 MB", "value": f"{result['peak_rss_mib']}",
         "baseline": "", "ratio": f"+{result['peak_rss_growth_mib']} MiB", "target": "không tăng theo dung lượng",
         "ok": result["memory_target_met"]},
    ]
