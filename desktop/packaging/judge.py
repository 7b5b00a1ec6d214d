"""One judgement of a signer, the same for the package seal, every PAdES signature and every return note.

A signature's verdict, in the words a reviewer uses:

- "hợp lệ": the bytes are intact, the certificate chains to a bundled or added root, it was valid when the
  signature is known to have existed, it may sign (digitalSignature or nonRepudiation), and it names the office
  expected to sign;
- "hợp lệ nhưng chứng thư đã hết hạn sau khi ký": the same, at a moment the receiver can prove (a trusted RFC 3161
  timestamp, or the moment this unit received and verified the package), and the certificate expired since;
- "chưa tin cậy": intact, but no trusted root vouches for the signer, or the certificate names another office;
- "không hợp lệ": changed bytes, a broken signature, a certificate that may not sign, or one outside its validity
  at the only moment that can be proven.

A package's verdict is the worst of its signatures' (`worst`).

The signer's own signing-time attribute is a claim: it must fall inside the certificate's validity, but it is
never the moment a path is validated at, because whoever holds an expired key can write any date there.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from desktop.packaging.identity import holder, names_office
from desktop.packaging.trust import bundled_intermediates, bundled_roots

VN_TZ = dt.timezone(dt.timedelta(hours=7), "+07:00")

VERDICTS = ("ok", "ok-expired", "untrusted", "invalid")  # best first
VERDICT_LABELS = {
    "ok": "hợp lệ",
    "ok-expired": "hợp lệ nhưng chứng thư đã hết hạn sau khi ký",
    "untrusted": "chưa tin cậy",
    "invalid": "không hợp lệ",
}
ACCEPTED = frozenset({"ok", "ok-expired"})


def worst(verdicts: Iterable[str]) -> str:
    """The worst verdict; "invalid" for none at all (nothing signed is nothing proven)."""
    seen = list(verdicts)
    return max(seen, key=VERDICTS.index) if seen else "invalid"


def vn_time(t: dt.datetime) -> str:
    """A moment as a Vietnamese document writes it: 14:05 ngày 20/11/2025 (giờ Việt Nam)."""
    local = t.astimezone(VN_TZ)
    return f"{local:%H:%M} ngày {local:%d/%m/%Y}"


def vn_date(t: dt.datetime) -> str:
    return f"{t.astimezone(VN_TZ):%d/%m/%Y}"


@dataclass(frozen=True)
class Evidence:
    """A moment at which the signature is known to have existed, and who proves it."""

    at: dt.datetime
    kind: str  # "timestamp" (RFC 3161 token) | "received" (this unit's inbox) | "aggregated" (the upper seal)

    def describe(self) -> str:
        what = {"timestamp": "dấu thời gian", "received": "lúc đơn vị nhận và kiểm tra gói",
                "aggregated": "lúc cấp tổng hợp nhận gói"}.get(self.kind, self.kind)
        return f"{what} {vn_time(self.at)}"


def earliest(*items: Evidence | None) -> Evidence | None:
    present = [e for e in items if e is not None]
    return min(present, key=lambda e: e.at) if present else None


@dataclass(frozen=True)
class Judgement:
    verdict: str  # one of VERDICTS
    status: str  # finer: ok, ok-expired, untrusted, wrong-office, key-usage, expired, not-yet-valid
    message: str  # Vietnamese, one line, names the signer
    validated_at: dt.datetime
    evidence: Evidence | None = None


def _asn1(cert: x509.Certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(cert.public_bytes(Encoding.DER))


def key_usage_allows_signing(cert: x509.Certificate) -> bool:
    """digitalSignature or nonRepudiation (contentCommitment); a certificate without the extension may sign."""
    try:
        ku = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return True
    return bool(ku.digital_signature or ku.content_commitment)


@dataclass(frozen=True)
class PathResult:
    status: str  # ok | untrusted | expired | not-yet-valid | invalid
    detail: str = ""
    path: tuple[x509.Certificate, ...] = ()  # root first, the certificate last, when a path was validated


def validate_path(cert: x509.Certificate, others: Sequence[x509.Certificate | asn1_x509.Certificate],
                  trust_roots: Sequence[x509.Certificate], moment: dt.datetime) -> PathResult:
    """Build and validate a path from `cert` to one of `trust_roots` at `moment`, offline.

    Intermediates come from `others` (the certificates inside the signature) and the bundled ones. Revocation is
    not checked (no network, B-B). SHA-1 is accepted in certificate signatures because the Government G1 chain and
    the legacy MIC root use it and still carry valid signatures; the documents themselves are always SHA-256.
    """
    from pyhanko_certvalidator import CertificateValidator, ValidationContext
    from pyhanko_certvalidator.errors import (
        ExpiredError,
        InvalidCertificateError,
        NotYetValidError,
        PathBuildingError,
        PathValidationError,
    )

    inter = [c if isinstance(c, asn1_x509.Certificate) else _asn1(c) for c in others]
    inter += [_asn1(c) for c in bundled_intermediates()]
    vc = ValidationContext(trust_roots=[_asn1(c) for c in trust_roots], other_certs=inter, moment=moment,
                           allow_fetching=False, revocation_mode="soft-fail", weak_hash_algos={"md2", "md5"})
    validator = CertificateValidator(_asn1(cert), intermediate_certs=inter, validation_context=vc)
    try:
        found = asyncio.run(validator.async_validate_path())
    except PathBuildingError:
        return PathResult("untrusted")
    except ExpiredError as exc:
        return PathResult("expired", str(exc))
    except NotYetValidError as exc:
        return PathResult("not-yet-valid", str(exc))
    except (PathValidationError, InvalidCertificateError) as exc:
        if cert.issuer == cert.subject:  # a self-signed key that is not itself an added root: nobody vouches
            return PathResult("untrusted", "self-signed")
        return PathResult("invalid", str(exc))
    except Exception as exc:  # a hostile certificate must give a verdict, never a traceback
        return PathResult("invalid", f"không đọc được chứng thư ({type(exc).__name__}: {exc})")
    return PathResult("ok", path=tuple(x509.load_der_x509_certificate(c.dump())
                                       for c in found.iter_certs(include_root=True)))


def judge_certificate(cert: x509.Certificate, *, embedded: Sequence[x509.Certificate | asn1_x509.Certificate] = (),
                      signing_time: dt.datetime | None, trust_roots: Sequence[x509.Certificate],
                      now: dt.datetime, evidence: Evidence | None = None,
                      expected_office: str | None = None) -> Judgement:
    """The verdict on an intact signature by `cert` (integrity is the caller's: a changed byte is "invalid")."""
    who = holder(cert)
    nb, na = cert.not_valid_before_utc, cert.not_valid_after_utc
    evidence = evidence if evidence is not None and evidence.at <= now else None
    moment = evidence.at if evidence else now

    def j(verdict: str, status: str, message: str) -> Judgement:
        # Every message opens with the verdict in the reviewer's words, wherever it is shown.
        if verdict in ("untrusted", "invalid"):
            message = f"{VERDICT_LABELS[verdict]}: {message}"
        return Judgement(verdict, status, message, moment, evidence)

    if not key_usage_allows_signing(cert):
        return j("invalid", "key-usage", f"chứng thư số của {who} không được phép dùng để ký (thiếu "
                 "digitalSignature/nonRepudiation trong keyUsage); CA cấp chứng thư này cho việc khác")
    if signing_time is not None and not (nb <= signing_time <= na):
        return j("invalid", "expired" if signing_time > na else "not-yet-valid",
                 f"thời điểm ký ghi trong chữ ký ({vn_time(signing_time)}) nằm ngoài thời hạn chứng thư số của "
                 f"{who} ({vn_date(nb)}–{vn_date(na)})")
    path = validate_path(cert, embedded, trust_roots, moment)
    if path.status == "untrusted":
        why = ("chứng thư tự ký, không do CA nào cấp" if path.detail == "self-signed" else
               "các CA gốc quốc gia kèm theo phần mềm hoặc CA gốc đã thêm vào thư mục trust")
        return j("untrusted", "untrusted", f"chữ ký của {who} còn nguyên vẹn nhưng không chuỗi tới CA gốc tin cậy "
                 f"nào ({why})")
    if path.status == "expired":
        if na < moment:
            since = (f"trước cả {evidence.describe()}" if evidence else
                     "và không có dấu thời gian hay lần nhận gói nào trước ngày đó chứng minh đã ký khi còn hạn")
            return j("invalid", "expired", f"chứng thư số của {who} đã hết hạn ngày {vn_date(na)}, {since}")
        return j("invalid", "expired", f"một chứng thư CA trong chuỗi của {who} đã hết hạn tại "
                 f"{vn_time(moment)}")
    if path.status == "not-yet-valid":
        return j("invalid", "not-yet-valid", f"chứng thư số của {who} (hoặc CA cấp nó) chưa có hiệu lực tại "
                 f"{vn_time(moment)} (từ {vn_date(nb)})")
    if path.status == "invalid":
        return j("invalid", "invalid", f"chuỗi chứng thư của {who} không hợp lệ: {path.detail}")
    if expected_office is not None and not names_office(cert, expected_office):
        return j("untrusted", "wrong-office", f"chứng thư số của {who} không mang tên {expected_office}, đơn vị "
                 "lập hồ sơ; hãy xác minh người ký trước khi tin")
    when = f" lúc {vn_time(signing_time)}" if signing_time else ""
    checked = f", kiểm tra theo {evidence.describe()}" if evidence else ""
    if evidence and now > na:
        return j("ok-expired", "ok-expired", f"hợp lệ nhưng chứng thư đã hết hạn sau khi ký: {who} ký{when}; "
                 f"chứng thư hết hạn ngày {vn_date(na)}, sau {evidence.describe()}")
    if evidence and validate_path(cert, embedded, trust_roots, now).status == "expired":
        return j("ok-expired", "ok-expired", f"hợp lệ nhưng một CA trong chuỗi đã hết hạn sau khi ký: {who} "
                 f"ký{when}{checked}")
    return j("ok", "ok", f"hợp lệ, ký bởi {who}{when}{checked}")


# --------------------------------------------------------------------------------------------------- export


@dataclass(frozen=True)
class Problem:
    """Why a certificate should not sign. `blocking`: refused; otherwise the clerk must confirm (a test key)."""

    code: str  # key-usage | expired | not-yet-valid | self-signed | untrusted
    message: str  # Vietnamese, plain words, says what to do
    blocking: bool = True


def signing_certificate_problems(cert: x509.Certificate, at: dt.datetime, *,
                                 chain: Sequence[x509.Certificate] = (),
                                 trust_roots: Sequence[x509.Certificate] | None = None) -> list[Problem]:
    """What is wrong with signing at `at` with `cert`, before the key is used; empty when nothing is.

    Blocking (export is refused): the certificate may not sign, has expired, is not yet valid. Not blocking (the
    signing dialog asks, and export proceeds only when the clerk confirms): a self-signed certificate (only for a
    test), and a certificate that does not chain to a bundled or added root (the package will verify as
    "chưa tin cậy" at the next level). `trust_roots=None` means the bundled roots only.
    """
    who = holder(cert)
    out: list[Problem] = []
    if not key_usage_allows_signing(cert):
        out.append(Problem("key-usage", f"Chứng thư số của {who} không dùng để ký được: CA chỉ cấp nó cho việc "
                           "mã hóa (thiếu quyền digitalSignature/nonRepudiation). Hãy chọn chứng thư ký số khác "
                           "trên token hoặc xin CA cấp chứng thư ký số."))
    if at > cert.not_valid_after_utc:
        out.append(Problem("expired", f"Chứng thư số của {who} đã hết hạn ngày {vn_date(cert.not_valid_after_utc)}. "
                           "Hãy gia hạn với CA hoặc dùng chứng thư còn hạn."))
    if at < cert.not_valid_before_utc:
        out.append(Problem("not-yet-valid", f"Chứng thư số của {who} chưa có hiệu lực (từ "
                           f"{vn_date(cert.not_valid_before_utc)}). Hãy kiểm tra ngày giờ máy tính hoặc chờ đến "
                           "ngày đó."))
    if cert.issuer == cert.subject:
        out.append(Problem("self-signed", f"Chứng thư số của {who} là chứng thư tự ký, không do CA nào cấp: chỉ "
                           "dùng để thử nghiệm. Cấp trên sẽ không tin gói ký bằng chứng thư này.", blocking=False))
    elif not out:
        roots = list(bundled_roots()) if trust_roots is None else list(trust_roots)
        if validate_path(cert, chain, roots, at).status == "untrusted":
            out.append(Problem("untrusted", f"Chứng thư số của {who} không chuỗi tới CA gốc Việt Nam nào kèm theo "
                               "phần mềm hay đã thêm vào thư mục trust: cấp trên sẽ thấy gói \"chưa tin cậy\". "
                               "Hãy thêm chứng thư CA gốc của CA đã cấp.", blocking=False))
    return out
