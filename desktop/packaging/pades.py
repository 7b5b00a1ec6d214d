"""PAdES B-B signatures on the dossier's official PDFs, with the visible box Nghị định 30/2020 describes.

The visible box (signer's name, agency, and the signing time in ISO 8601 with the +07:00 offset, Times New Roman
size 10, an optional red seal PNG overlapping the left third) is drawn with ReportLab, which embeds a Unicode
TrueType font, and imported by pyHanko as the signature field's appearance: pyHanko's own text stamps cannot embed
a TrueType font without fontTools/HarfBuzz, and Vietnamese needs one.
"""

from __future__ import annotations

import binascii
import datetime as dt
import io
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pyhanko.pdf_utils import content
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.layout import BoxConstraints
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.stamp import StaticStampStyle

from desktop.packaging.cades import VN_TZ, now_vn
from desktop.packaging.signers import PackageSigner
from desktop.paths import resources_dir

_FONT_CANDIDATES = (
    "fonts/times.ttf",
    "fonts/LiberationSerif-Regular.ttf",
)
_SYSTEM_FONTS = (
    "C:/Windows/Fonts/times.ttf",
    "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
)


class PadesError(Exception):
    """A PDF that cannot be signed; Vietnamese message."""


@dataclass(frozen=True)
class SignBox:
    """Where the visible signature goes: page index (0-based, negative from the end) and rect in PDF points
    (x1, y1, x2, y2 from the bottom-left), usually the signer block the documents layer reserved."""

    page: int
    rect: tuple[float, float, float, float]
    field_name: str = "ChuKyDonVi"


def _font_path() -> str:
    for rel in _FONT_CANDIDATES:
        p = resources_dir() / rel
        if p.is_file():
            return str(p)
    for s in _SYSTEM_FONTS:
        if Path(s).is_file():
            return s
    raise PadesError("không tìm thấy phông chữ Unicode (Times New Roman / Liberation Serif) để vẽ ô chữ ký")


def appearance_pdf(width: float, height: float, name: str, agency: str | None, when: dt.datetime,
                   seal_png: bytes | None = None) -> bytes:
    """A one-page PDF of exactly the box's size holding the visible signature."""
    from reportlab.lib.colors import Color
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    if "HSKT-Sig" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("HSKT-Sig", _font_path()))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(width, height), invariant=1)
    c.setStrokeColor(Color(0.1, 0.2, 0.6))
    c.setLineWidth(0.8)
    c.rect(0.5, 0.5, width - 1, height - 1)
    text_x = 4.0
    if seal_png:
        # NĐ 30: the seal overlaps about a third of the signature, on its left.
        side = min(height - 4, width / 3)
        c.drawImage(ImageReader(io.BytesIO(seal_png)), 2, (height - side) / 2, side, side, mask="auto",
                    preserveAspectRatio=True)
        text_x = side * 2 / 3 + 4
    lines = [f"Ký bởi: {name}"]
    if agency:
        lines.append(f"Cơ quan: {agency}")
    lines.append(f"Thời gian ký: {when.astimezone(VN_TZ).isoformat()}")
    size = 10.0
    while size > 5 and max(pdfmetrics.stringWidth(t, "HSKT-Sig", size) for t in lines) > width - text_x - 4:
        size -= 0.5  # shrink rather than overflow a box the form reserved
    c.setFillColor(Color(0.1, 0.2, 0.6))
    c.setFont("HSKT-Sig", size)
    y = height / 2 + (len(lines) - 1) * size * 0.6 - size * 0.35
    for t in lines:
        c.drawString(text_x, y, t)
        y -= size * 1.2
    c.showPage()
    c.save()
    return buf.getvalue()


class _PdfBytesPage(content.ImportedPdfPage):
    """pyHanko's ImportedPdfPage reads from a path; the appearance lives in memory."""

    def __init__(self, data: bytes):
        super().__init__(file_name="<memory>", page_ix=0)
        self._data = data

    def render(self) -> bytes:
        w = self._ensure_writer
        xobj = w.import_page_as_xobject(PdfFileReader(io.BytesIO(self._data)), page_ix=0)
        resource_name = b"/Import" + binascii.hexlify(uuid.uuid4().bytes)
        self.resources.xobject[resource_name.decode("ascii")] = xobj
        x1, y1, x2, y2 = xobj.get_object()["/BBox"]
        self.box = BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
        return resource_name + b" Do"


class _TimedPdfSigner(signers.PdfSigner):
    """pyHanko stamps a PDF signature with the system clock; the signing-time attribute and /M must be the moment
    the box shows and the package seal carries, or the three would disagree."""

    def __init__(self, *args: Any, signing_time: dt.datetime, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._signing_time = signing_time

    def init_signing_session(self, *args: Any, **kwargs: Any) -> Any:
        session = super().init_signing_session(*args, **kwargs)
        session.system_time = self._signing_time
        return session


def sign_pdf(pdf: bytes, signer: PackageSigner, box: SignBox | None, *, when: dt.datetime | None = None,
             seal_png: bytes | None = None, reason: str | None = None, location: str | None = None) -> bytes:
    """PAdES B-B (ETSI.CAdES.detached, SHA-256) over the whole file, as an incremental update.

    `box=None` signs invisibly. `when` is the time shown in the box (defaults to now, +07:00).
    """
    when = when or now_vn()
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    except Exception as exc:  # the PDF reader raises several types for a broken file
        raise PadesError(f"không đọc được PDF để ký: {exc}") from None
    field_name = box.field_name if box else "ChuKyDonVi"
    existing = {name for name, _, _ in fields.enumerate_sig_fields(writer.prev)}
    n = 1
    while field_name in existing:  # a second signer (individual, then agency) gets its own field
        n += 1
        field_name = f"{box.field_name if box else 'ChuKyDonVi'}{n}"
    meta = signers.PdfSignatureMetadata(
        field_name=field_name, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason, location=location, name=signer.name)
    style: Any = None
    spec = None
    if box is not None:
        pages = int(writer.root["/Pages"]["/Count"])
        page = box.page if box.page >= 0 else pages + box.page
        if not 0 <= page < pages:
            raise PadesError(f"trang {box.page} không có trong PDF ({pages} trang)")
        x1, y1, x2, y2 = box.rect
        look = appearance_pdf(x2 - x1, y2 - y1, signer.name, signer.agency, when, seal_png)
        style = StaticStampStyle(background=_PdfBytesPage(look), border_width=0, background_opacity=1.0)
        spec = fields.SigFieldSpec(sig_field_name=field_name, on_page=page,
                                   box=(int(x1), int(y1), int(x2), int(y2)))
    pdf_signer = _TimedPdfSigner(meta, signer.signer, timestamper=signer.timestamper, stamp_style=style,
                                 new_field_spec=spec, signing_time=when)
    out = io.BytesIO()
    pdf_signer.sign_pdf(writer, output=out)
    return out.getvalue()


# --------------------------------------------------------------------------------------------------- verifying


@dataclass(frozen=True)
class PdfSignatureResult:
    field: str
    signer: str | None
    intact: bool
    covers_whole_file: bool
    modifications_ok: bool  # for an earlier signature: later revisions only added signatures/annotations
    message: str
    verdict: str = ""  # judge.VERDICTS when the signer was judged; "" for an integrity-only check
    status: str = ""
    agency: str | None = None
    signing_time: dt.datetime | None = None

    @property
    def whole(self) -> bool:
        return self.intact and self.covers_whole_file and self.modifications_ok

    @property
    def ok(self) -> bool:
        return self.whole and (self.verdict in ("", "ok", "ok-expired"))


def verify_pdf(pdf: bytes, trust_roots: Sequence[Any] | None = None, now: dt.datetime | None = None, *,
               evidence: Any = None, expected_office: str | None = None) -> list[PdfSignatureResult]:
    """Every signature in a PDF: the bytes it covers are unchanged, the last one covers the whole file (an earlier
    one may be followed only by harmless revisions, such as the agency's signature after the person's), and, when
    `trust_roots` is given, who signed: the same judgement as the package seal (judge.judge_certificate), so a
    reviewer who opens this one PDF alone is told the same thing. An empty list means the PDF is unsigned."""
    from pyhanko.sign.validation import SignatureCoverageLevel
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation.generic_cms import validate_sig_integrity

    from desktop.packaging.judge import judge_certificate

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        sigs = list(reader.embedded_signatures)
    except Exception as exc:  # broken xref, bad object streams...
        return [PdfSignatureResult("?", None, False, False, False, f"PDF hỏng, không đọc được: {exc}", "invalid",
                                   "malformed")]
    out = []
    for i, sig in enumerate(sigs):
        last = i == len(sigs) - 1
        try:
            sig.compute_integrity_info(skip_diff=last)
            intact, valid = validate_sig_integrity(sig.signer_info, sig.signer_cert, "data", sig.compute_digest())
            coverage = sig.coverage
            whole = coverage == SignatureCoverageLevel.ENTIRE_FILE if last else coverage in (
                SignatureCoverageLevel.ENTIRE_REVISION, SignatureCoverageLevel.ENTIRE_FILE)
            mods_ok = True if last else bool(sig.summarise_integrity_info().get("docmdp_ok"))
            names = sig.signer_cert.subject.native
            who, agency = names.get("common_name"), names.get("organization_name")
            when = sig.self_reported_timestamp
            embedded = [c for c in sig.signed_data["certificates"] if c.name == "certificate"]
        except (SignatureValidationError, ValueError, KeyError, TypeError) as exc:
            out.append(PdfSignatureResult(sig.field_name, None, False, False, False, f"chữ ký hỏng: {exc}",
                                          "invalid", "malformed"))
            continue
        ok = intact and valid
        verdict = status = ""
        if not ok:
            msg, verdict, status = f"chữ ký của {who} không còn nguyên vẹn (nội dung đã bị sửa)", "invalid", "tampered"
        elif not whole:
            msg, verdict, status = (f"chữ ký của {who} không bao trùm toàn bộ tệp (có nội dung thêm sau khi ký)",
                                    "invalid", "tampered")
        elif not mods_ok:
            msg, verdict, status = f"sau chữ ký của {who} có sửa đổi không được phép", "invalid", "tampered"
        elif trust_roots is not None:
            from cryptography import x509 as c_x509

            try:
                cert = c_x509.load_der_x509_certificate(sig.signer_cert.dump())
            except ValueError as exc:
                out.append(PdfSignatureResult(sig.field_name, who, ok, whole, mods_ok,
                                              f"không hợp lệ: không đọc được chứng thư của người ký ({exc})",
                                              "invalid", "malformed", agency, when))
                continue
            j = judge_certificate(cert, embedded=[c.chosen for c in embedded], signing_time=when,
                                  trust_roots=list(trust_roots), now=now or dt.datetime.now(dt.UTC),
                                  evidence=evidence, expected_office=expected_office)
            msg, verdict, status = j.message, j.verdict, j.status
        else:
            msg = f"nguyên vẹn, ký bởi {who}"
        out.append(PdfSignatureResult(sig.field_name, who, ok, whole, mods_ok, msg, verdict, status, agency, when))
    return out
