"""`hskt check FILE.json|DOSSIER_ID [--json]`: judge a dossier against its rule set (spec/DOSSIER-JSON.md).

Exit status: 0 eligible and complete, 1 otherwise, 2 when the dossier cannot be read or is not valid.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from desktop.commands import Context, UsageError


def register(sub: Any) -> None:
    p = sub.add_parser("check", help="kiểm tra điều kiện và thành phần hồ sơ khen thưởng")
    p.add_argument("target", metavar="FILE.json|DOSSIER_ID", help="tệp dossier.json hoặc mã hồ sơ trong dữ liệu")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON theo đặc tả")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", help="ngày xét (mặc định: as_of của hồ sơ hoặc hôm nay)")
    p.set_defaults(run=run, read_only=True)


def _load(target: str, ctx: Context) -> tuple[object, str]:
    from desktop.awards.catalogue import known_award_codes
    from desktop.snapshot import SchemaError, loads

    path = Path(target)
    if target.isdigit() and not path.exists():
        from desktop.services.dossiers import load_snapshot
        from desktop.services.judging import with_generated_documents

        try:
            # A stored dossier's forms are printed by HSKT itself, so they count as present.
            return with_generated_documents(load_snapshot(ctx.store(), int(target))), f"hồ sơ số {target}"
        except (LookupError, SchemaError) as exc:
            raise UsageError(f"hồ sơ số {target}: {exc}") from None
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise UsageError(f"{target}: không tìm thấy tệp") from None
    except IsADirectoryError:
        raise UsageError(f"{target}: đây là thư mục, không phải tệp dossier.json") from None
    except PermissionError:
        raise UsageError(f"{target}: không có quyền đọc tệp") from None
    except OSError:
        raise UsageError(f"{target}: không đọc được tệp") from None
    try:
        return loads(raw, known_award_codes()), target
    except SchemaError as exc:
        raise UsageError(f"{target}: {exc}") from None


def run(args: argparse.Namespace, ctx: Context) -> int:
    from desktop.awards.catalogue import RuleSetError
    from desktop.awards.eligibility import judge_dossier
    from desktop.awards.report import render_text
    from desktop.snapshot import Dossier
    from desktop.vn.dates import DateError, parse_iso

    try:
        dossier, shown = _load(args.target, ctx)
        assert isinstance(dossier, Dossier)
        today = None
        if args.as_of:
            try:
                as_of: date = parse_iso(args.as_of)
            except DateError as exc:
                raise UsageError(f"--as-of: {exc}") from None
            from dataclasses import replace

            dossier, today = replace(dossier, as_of=as_of), as_of
        report = judge_dossier(dossier, today=today)
    except RuleSetError as exc:
        raise UsageError(f"{args.target}: {exc}") from None
    if args.json:
        sys.stdout.write(json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        title = dossier.unit.name + (f" — {dossier.campaign.name}" if dossier.campaign else "")
        sys.stdout.write(render_text(report, f"{title} ({shown})"))
    return report.exit_code
