"""`make bench`: run each benchmark side by side with its baseline, print a table, write benchmarks/results.json.

Benchmarks are ratios against a baseline measured in the same run on the same machine, never absolute timing asserts.
Each module exposes `run() -> dict` with at least `name`, `value`, `baseline`, `unit`, `ratio`, `target`, `ok`.
"""

from __future__ import annotations

import importlib
import json
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODULES = ("bench_startup", "bench_render", "bench_pipeline", "bench_package", "bench_gui", "bench_bundle",
           "bench_import", "bench_suggest")


def main(argv: list[str]) -> int:
    wanted = argv or list(MODULES)
    results = []
    for name in wanted:
        try:
            module = importlib.import_module(f"benchmarks.{name}")
        except ModuleNotFoundError:
            print(f"{name}: chưa có")
            continue
        started = time.perf_counter()
        out = module.run()
        if hasattr(module, "rows"):  # a module with detailed results says how they read as table rows
            out = module.rows(out)
        entries = out if isinstance(out, list) else [out]
        for e in entries:
            e.setdefault("module", name)
            e["seconds_total"] = round(time.perf_counter() - started, 2)
            results.append(e)
    print(f"\n{'benchmark':44} {'value':>10} {'baseline':>10} {'ratio':>8}  target")
    for e in results:
        print(f"{e.get('name', '?'):44} {e.get('value', ''):>10} {e.get('baseline', ''):>10} "
              f"{e.get('ratio', ''):>8}  {e.get('target', '')} {'OK' if e.get('ok') else 'CHƯA ĐẠT'}")
    write_results(results)
    return 0


def write_results(results: list[dict[str, object]], path: Path = HERE / "results.json") -> None:
    """Replace the entries of the modules just run; keep the others. An entry measured before under the same name
    stays beside the new one as `previous` (value, baseline, ratio), so results.json shows what changed."""
    old: list[dict[str, object]] = []
    if path.exists():
        old = json.loads(path.read_text(encoding="utf-8")).get("results", [])
    ran = {e.get("module") for e in results}
    by_name = {e.get("name"): e for e in old}
    for e in results:
        before = by_name.get(e.get("name"))
        if before is not None and "previous" not in e:
            e["previous"] = {k: before.get(k) for k in ("value", "baseline", "ratio", "target")}
    kept = [e for e in old if e.get("module") not in ran]
    order = {m: i for i, m in enumerate(MODULES)}
    merged = sorted(kept + results, key=lambda e: order.get(str(e.get("module")), len(order)))
    report = {"machine": {"python": sys.version.split()[0], "platform": platform.platform()}, "results": merged}
    path.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
