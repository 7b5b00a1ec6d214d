"""The danh sách as a spreadsheet (`documents/02_danh-sach.xlsx` in a package), byte-for-byte deterministic.

Same groups and given-name order as the printed list, so the upper level can filter and merge without retyping.
openpyxl stamps the clock into document properties and zip entries; both are fixed here so the same dossier gives
the same bytes, as the package format requires of everything it carries.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from desktop.documents.context import RenderContext
from desktop.documents.forms.danh_sach import groups
from desktop.snapshot import Dossier, Nominee
from desktop.vn.dates import short_date

FILENAME = "02_danh-sach.xlsx"
COLUMNS = (
    ("STT", 6), ("Họ và tên (tên tập thể, hộ gia đình)", 32), ("Loại", 12), ("Ngày sinh", 12), ("Giới tính", 9),
    ("Số định danh cá nhân", 16), ("Dân tộc", 10), ("Chức vụ, đơn vị công tác (địa chỉ)", 44),
    ("Hình thức đề nghị", 34), ("Mã hình thức", 26), ("Năm", 7), ("Mã đối tượng", 12),
)
KINDS = {"individual": "Cá nhân", "collective": "Tập thể", "household": "Hộ gia đình"}
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def _row(i: int, n: Nominee, award: str, label: str, year: int) -> list[object]:
    where = ", ".join(x for x in (n.position, n.workplace) if x) if n.kind == "individual" else (n.address or "")
    gender = {"nam": "Nam", "nu": "Nữ"}.get(n.gender or "", "")
    return [i, n.display_name, KINDS[n.kind], short_date(n.birth_date), gender, n.national_id or "",
            n.ethnicity or "", where, label, award, year, n.id]


_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def _normalise_zip(raw: bytes, stamp: datetime) -> bytes:
    fixed = stamp.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            data = src.read(name)
            if name == "docProps/core.xml":  # openpyxl writes the clock here whatever the properties say
                data = _MODIFIED.sub(rb"\g<1>" + fixed + rb"\g<2>", data)
            dst.writestr(info, data)
    return out.getvalue()


def nominee_list_xlsx(d: Dossier, ctx: RenderContext) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách đề nghị"
    ws.append([name for name, _ in COLUMNS])
    for col, (_, width) in enumerate(COLUMNS, 1):
        cell = ws.cell(row=1, column=col)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        ws.column_dimensions[cell.column_letter].width = width
    ws.freeze_panes = "A2"
    years = {(p.nominee_id, p.award): p.year for p in d.proposals}
    i = 0
    for award, nominees in groups(d):
        for n in nominees:
            i += 1
            ws.append(_row(i, n, award, ctx.award_name(award), years[(n.id, award)]))
            ws.cell(row=i + 1, column=6).number_format = "@"  # a CCCD keeps its leading zeros
    stamp = datetime(ctx.stamp_date.year, ctx.stamp_date.month, ctx.stamp_date.day)
    wb.properties.creator = "HSKT"
    wb.properties.created = stamp
    wb.properties.modified = stamp
    wb.properties.lastModifiedBy = "HSKT"
    buf = io.BytesIO()
    wb.save(buf)
    return _normalise_zip(buf.getvalue(), stamp)
