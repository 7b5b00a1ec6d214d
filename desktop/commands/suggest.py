"""`hskt suggest --year 2025 [--kind …] [--json] [--create]`: who qualifies this year, from the registry.

Prints, per subject, the awards reached (đạt), those waiting for data (cần xác minh, with what to enter) and those
one step short (còn thiếu, with the missing piece); `--create` makes one dossier per deciding authority with every
"đạt" (the screen "Đề xuất khen thưởng" lets the clerk choose instead). Exit 0; 2 on unusable input.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop.commands import Context, UsageError

KINDS = {"ca-nhan": "individual", "tap-the": "collective", "ho-gia-dinh": "household",
         "individual": "individual", "collective": "collective", "household": "household"}


def register(sub: Any) -> None:
    p = sub.add_parser("suggest", help="đề xuất khen thưởng cuối năm từ sổ theo dõi (ai đạt, ai còn thiếu)")
    p.add_argument("--year", type=int, required=True, help="năm xét, ví dụ 2025")
    p.add_argument("--kind", choices=sorted(KINDS), help="chỉ xét cá nhân (ca-nhan), tập thể (tap-the) "
                                                         "hoặc hộ gia đình (ho-gia-dinh)")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.add_argument("--create", action="store_true", help="tạo hồ sơ cho mọi đề nghị đạt, mỗi cấp quyết định một hồ sơ")
    p.add_argument("--campaign", help="tên đợt xét khi tạo hồ sơ (mặc định: Xét khen thưởng tổng kết năm …)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.awards.catalogue import RuleSetError
    from desktop.services import suggestions as sg

    if not 2000 <= args.year <= 2100:
        raise UsageError(f"--year: năm {args.year} không hợp lệ; ví dụ --year 2025")
    try:
        result = sg.suggest(ctx.store(), args.year, KINDS.get(args.kind or ""))
    except (ValueError, RuleSetError) as exc:
        raise UsageError(str(exc)) from None
    created: list[Any] = []
    if args.create:
        ticked = [s for s in result.items if s.status == "dat"]
        campaign = args.campaign or f"Xét khen thưởng tổng kết năm {args.year}"
        try:
            created, _ = sg.create_dossiers(ctx.store(), result, ticked, campaign)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    if args.json:
        out = result.to_json()
        out["created"] = [{"dossier_id": c.dossier_id, "title": c.title, "procedure": c.procedure,
                           "proposals": c.proposals} for c in created]
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
        return 0
    sys.stdout.write(text_report(result, created))
    return 0


def text_report(result: Any, created: list[Any]) -> str:
    from desktop.services import suggestions as sg

    lines = [f"ĐỀ XUẤT KHEN THƯỞNG NĂM {result.year} — bộ quy tắc {result.ruleset.name}",
             f"Đã xét {result.subjects} đối tượng trong sổ.", ""]
    current = None
    for s in sorted(result.shown, key=lambda x: (x.sort_key, x.subject_id, x.award)):
        if s.subject_id != current:
            current = s.subject_id
            lines.append(s.name)
        extra = ""
        if s.status == sg.SHORT:
            extra = ": " + "; ".join(s.missing)
        elif s.status == "can-xac-minh":
            extra = ": " + "; ".join(s.to_enter)
        progress = f" ({s.progress})" if s.progress and s.status != "dat" else ""
        lines.append(f"  [{sg.STATUS_LABELS[s.status]}] {s.award_name}{progress}{extra}")
    reached = [s for s in result.items if s.status == "dat"]
    stats = result.stats(reached)
    lines += ["", f"Đạt: {len(reached)} đề nghị; trong số cá nhân: {stats.direct_workers} người trực tiếp lao động "
                  f"({stats.share(stats.direct_workers)}), {stats.women} nữ ({stats.share(stats.women)}), "
                  f"{stats.minorities} người dân tộc thiểu số ({stats.share(stats.minorities)})"]
    lines += [sg.limit_line(lim, reached, result.ruleset) for lim in result.limits]
    for c in created:
        lines.append(f"Đã tạo hồ sơ số {c.dossier_id}: {c.title} ({c.proposals} đề nghị)")
    return "\n".join(lines) + "\n"
