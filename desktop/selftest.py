"""`hskt --self-test`: prove that this installation works, on the clerk's machine or inside the built bundle.

Each step uses the real parts — resources, rule sets, a temporary database migrated by Alembic, the ReportLab forms,
a package signed with a throw-away key and verified against that key's root — and is timed. The report is a table in
Vietnamese (Bước | Kết quả | Thời gian); the command exits 0 only when every step passes.

Pure orchestration: no Qt here except the optional "Qt" step, which imports PySide6 lazily to catch a bundle that
lost its platform or PDF plugins.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.paths import DataPaths, frozen, resources_dir

PASS, FAIL = "ĐẠT", "LỖI"
SKIPPED = "bỏ qua vì bước trước bị lỗi"
FONTS = ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
         "LiberationSerif-BoldItalic.ttf")


class StepFailed(Exception):
    """A step's check did not hold; the message says what, in Vietnamese."""


@dataclass(frozen=True)
class StepResult:
    name: str
    ok: bool
    detail: str
    seconds: float


@dataclass
class SelfTestReport:
    steps: list[StepResult] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.steps) and all(s.ok for s in self.steps)

    def step(self, name: str) -> StepResult | None:
        return next((s for s in self.steps if s.name == name), None)

    def table(self) -> str:
        head = ("Bước", "Kết quả", "Thời gian")
        rows = [(s.name, PASS if s.ok else FAIL, f"{s.seconds:.2f} s") for s in self.steps]
        widths = [max(len(r[i]) for r in [head, *rows]) for i in range(3)]

        def line(cells: tuple[str, str, str]) -> str:
            return (f"{cells[0]:<{widths[0]}} | {cells[1]:<{widths[1]}} | {cells[2]:>{widths[2]}}").rstrip()

        out = [line(head), "-+-".join("-" * w for w in widths)]
        out += [line(r) for r in rows]
        total = sum(s.seconds for s in self.steps)
        out.append("")
        out += [f"- {s.name}: {s.detail}" for s in self.steps]
        out.append("")
        verdict = "TẤT CẢ ĐẠT" if self.ok else f"CÓ {sum(not s.ok for s in self.steps)} BƯỚC LỖI"
        out.append(f"Kết luận: {verdict} ({total:.1f} s)")
        return "\n".join(out)


@dataclass
class _State:
    """What later steps need from earlier ones."""

    work: Path
    rulesets: list[Any] = field(default_factory=list)
    sample: Any = None  # desktop.snapshot.Dossier
    rendered: list[Any] = field(default_factory=list)  # desktop.documents.RenderedDocument
    p12: Path | None = None
    root_pem: bytes = b""
    package: Path | None = None


Step = Callable[[_State], str]
_QT_APP: Any = None  # the self-test's QApplication lives until the process ends, as Qt expects


# --------------------------------------------------------------------------------------------------- steps


def _resources(st: _State) -> str:
    root = resources_dir()
    missing = [name for name in ("rulesets", "fonts", "trust", "help", "icons") if not (root / name).is_dir()]
    missing += [f"fonts/{f}" for f in FONTS if not (root / "fonts" / f).is_file()]
    if missing:
        raise StepFailed(f"thiếu {', '.join(missing)} trong {root}")
    from desktop.packaging.trust import TrustError, bundled_intermediates, bundled_roots

    try:  # every bundled certificate must match the fingerprint pinned in the code
        roots, inter = len(bundled_roots()), len(bundled_intermediates())
    except TrustError as exc:
        raise StepFailed(str(exc)) from None
    where = "gói cài đặt" if frozen() else "mã nguồn"
    return (f"{root} ({where}), đủ phông chữ Liberation Serif, bộ quy tắc, trợ giúp, biểu tượng; {roots} CA gốc "
            f"và {inter} CA trung gian Việt Nam khớp dấu vân tay đã ghim")


def _rulesets(st: _State) -> str:
    from desktop.awards.catalogue import check_all, ruleset_for

    st.rulesets = check_all()
    current = ruleset_for(dt.date.today())
    names = ", ".join(rs.name for rs in st.rulesets)
    return (f"{names}; đang dùng {current.name} {current.version} "
            f"(hiệu lực từ {current.valid_from:%d/%m/%Y}), {len(current.awards)} hình thức, "
            f"{len(current.components)} thành phần hồ sơ")


def _sample_dossier() -> Any:
    """The demo commune's titles dossier cut to one individual, one collective and one household, so every form
    appears once and a page or two each is enough."""
    from desktop.services.demo import demo_snapshots

    titles = demo_snapshots()[0][1]
    by_kind: dict[str, Any] = {}
    cstd = {p.nominee_id for p in titles.proposals if p.award == "cstd-co-so"}
    for n in titles.nominees:
        if n.kind == "individual" and n.id not in cstd:
            continue
        by_kind.setdefault(n.kind, n)
    keep = {n.id for n in by_kind.values()}
    extra = dict(titles.extra)
    meeting = dict(extra.get("meeting") or {})
    meeting["votes"] = [v for v in meeting.get("votes", []) if v.get("nominee_id") in keep]
    extra["meeting"] = meeting
    return dataclasses.replace(
        titles, nominees=tuple(n for n in titles.nominees if n.id in keep),
        proposals=tuple(p for p in titles.proposals if p.nominee_id in keep), extra=extra)


def _database(st: _State) -> str:
    from desktop.services.dossiers import add_snapshot, list_dossiers, load_snapshot
    from desktop.store.database import open_store
    from desktop.store.migrate import current_revision, head_revision

    st.sample = _sample_dossier()
    store = open_store(DataPaths(st.work / "data"))
    try:
        revision = current_revision(store.engine)
        if revision != head_revision():
            raise StepFailed(f"cơ sở dữ liệu ở phiên bản {revision}, cần {head_revision()}")
        with store.write() as s:
            dossier_id = add_snapshot(s, st.sample, title="Hồ sơ tự kiểm tra").id
        back = load_snapshot(store, dossier_id)
        rows = list_dossiers(store)
    finally:
        store.close()
    if len(back.nominees) != len(st.sample.nominees) or len(rows) != 1:
        raise StepFailed("hồ sơ đọc lại không khớp hồ sơ vừa ghi")
    return (f"tạo và nâng cấp cơ sở dữ liệu tạm tới phiên bản {revision}; ghi rồi đọc lại một hồ sơ "
            f"{len(back.nominees)} đối tượng")


def _audit_chain(st: _State) -> str:
    """The temporary database's audit chain holds, and one event edited behind HSKT's back breaks it."""
    import sqlite3

    from desktop.services.audit import verify_store
    from desktop.store.database import open_store

    paths = DataPaths(st.work / "data")
    if not paths.database.is_file():
        raise StepFailed(SKIPPED)

    def check() -> Any:
        store = open_store(paths, migrate=False)
        try:
            return verify_store(store)
        finally:
            store.close()

    intact = check()
    if not intact.ok or intact.events == 0:
        raise StepFailed(intact.line() if not intact.ok else "không có sự kiện nào trong nhật ký thay đổi")
    conn = sqlite3.connect(paths.database)
    try:
        conn.execute("DROP TRIGGER IF EXISTS audit_events_no_update")  # as someone editing the file by hand would
        conn.execute("UPDATE audit_events SET action = action || '-sua' WHERE id = (SELECT min(id) FROM audit_events)")
        conn.commit()
    finally:
        conn.close()
    if check().ok:
        raise StepFailed("sửa một sự kiện ngoài HSKT mà chuỗi mã băm vẫn khớp (kiểm tra nhật ký không hoạt động)")
    return f"chuỗi mã băm của {intact.events} sự kiện khớp; một sự kiện bị sửa ngoài HSKT bị phát hiện"


def _forms(st: _State) -> str:
    from desktop.documents import context_from_dossier, render_dossier

    normal = st.sample
    simplified = dataclasses.replace(
        normal, nominees=normal.nominees[:1], proposals=normal.proposals[:1],
        extra={k: v for k, v in normal.extra.items() if k not in ("meeting", "posting")} | {"procedure": "don-gian"})
    st.rendered = render_dossier(normal, context_from_dossier(normal, draft=False))
    docs = st.rendered + render_dossier(simplified, context_from_dossier(simplified, draft=False))
    bad = [doc.filename for doc in docs if not doc.pdf_bytes.startswith(b"%PDF-") or doc.pages < 1]
    if bad:
        raise StepFailed(f"tệp PDF hỏng: {', '.join(bad)}")
    if not all(b"LiberationSerif" in doc.pdf_bytes for doc in docs):
        raise StepFailed("PDF không nhúng phông Liberation Serif (chữ tiếng Việt sẽ sai)")
    forms = sorted({doc.component for doc in docs})
    return (f"{len(forms)} biểu mẫu ({', '.join(forms)}), {sum(doc.pages for doc in docs)} trang; "
            + _helper_layout(normal, st.rendered))


def _helper_layout(d: Any, here: list[Any]) -> str:
    """A big dossier is laid out by helper processes too (documents/pool.py): one must start from this program,
    frozen or not, and give the very bytes laid out here."""
    from desktop.documents import context_from_dossier, pool
    from desktop.documents.render import _jobs

    ctx = context_from_dossier(d, draft=False)
    try:
        there = pool.render_in_helpers(d, ctx, _jobs(d, ctx), 1)
    except Exception as exc:
        raise StepFailed(f"tiến trình phụ dựng biểu mẫu không chạy được ({type(exc).__name__}: {exc})") from None
    if [x.pdf_bytes for x in there] != [x.pdf_bytes for x in here]:
        raise StepFailed("tiến trình phụ dựng biểu mẫu khác từng byte với tiến trình chính")
    return f"tiến trình phụ dựng lại {len(there)} văn bản, giống từng byte"


def _throwaway_key(st: _State) -> str:
    """A self-signed root and a signer it issued, made in memory and written as a temporary PKCS#12 file."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    def name(cn: str, org: str = "HSKT tự kiểm tra") -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
                          x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
                          x509.NameAttribute(NameOID.COMMON_NAME, cn)])

    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)

    def cert(subject: x509.Name, public: Any, ca: bool) -> x509.Certificate:
        b = (x509.CertificateBuilder().subject_name(subject).issuer_name(name("HSKT Self-test Root"))
             .public_key(public).serial_number(x509.random_serial_number())
             .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=1))
             .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
             .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
             .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=not ca, key_encipherment=False,
                                          data_encipherment=False, key_agreement=False, key_cert_sign=ca,
                                          crl_sign=ca, encipher_only=False, decipher_only=False), critical=True))
        if not ca:
            b = b.add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()),
                                critical=False)
        return b.sign(root_key, hashes.SHA256())

    root = cert(name("HSKT Self-test Root"), root_key.public_key(), True)
    # The verifier checks that the seal names the unit the dossier is from, as a real unit's certificate does.
    unit = st.sample.unit.name if st.sample is not None else "HSKT tự kiểm tra"
    leaf = cert(name("Người tự kiểm tra", unit), key.public_key(), False)
    st.root_pem = root.public_bytes(serialization.Encoding.PEM)
    st.p12 = st.work / "selftest.p12"
    st.p12.write_bytes(pkcs12.serialize_key_and_certificates(
        b"hskt", key, leaf, [root], serialization.BestAvailableEncryption(b"tu-kiem-tra")))
    return "tạo CA gốc và chứng thư ký RSA-2048 dùng một lần, lưu tạm dạng PKCS#12"


def _package(st: _State) -> str:
    from cryptography import x509

    from desktop.packaging.build import Document, build_package
    from desktop.packaging.pades import SignBox
    from desktop.packaging.signers import Pkcs12Signer
    from desktop.packaging.verify import verify_package

    if st.p12 is None or not st.rendered:
        raise StepFailed(SKIPPED)
    docs = []
    signed = {"to-trinh", "danh-sach", "bien-ban-hop"}
    for r in st.rendered:
        box = None
        if r.component in signed and r.signature_box is not None:
            page, x1, y1, x2, y2 = r.signature_box
            box = SignBox(page, (x1, y1, x2, y2))
        docs.append(Document(f"documents/{r.filename}", r.pdf_bytes, box))
    out = st.work / "exports"
    out.mkdir()
    with Pkcs12Signer(st.p12, "tu-kiem-tra") as signer:
        result = build_package(out, st.sample, signer=signer, documents=docs,
                               audit=[{"event": "self-test", "app_version": __version__}])
    st.package = result.path
    roots = x509.load_pem_x509_certificates(st.root_pem)
    report = verify_package(result.path, roots)
    if not report.ok:
        raise StepFailed("gói vừa ký không qua kiểm tra: " + report.first_failure())
    untrusted = verify_package(result.path, [])
    if untrusted.ok:
        raise StepFailed("gói được chấp nhận khi không tin cậy CA gốc nào (kiểm tra chữ ký không hoạt động)")
    tampered = st.work / "tampered.asice"
    raw = bytearray(result.path.read_bytes())
    raw[len(raw) // 2] ^= 0x01  # inside some entry's data: its digest or the zip's CRC must catch it
    tampered.write_bytes(bytes(raw))
    if verify_package(tampered, roots).ok:
        raise StepFailed("gói bị sửa một byte vẫn được chấp nhận")
    size = result.path.stat().st_size // 1024
    return (f"ký {sum(d.sign_box is not None for d in docs)} PDF (PAdES) và gói (CAdES), {len(docs)} văn bản, "
            f"{size} KB; kiểm tra đạt với CA gốc thử, bị từ chối khi không tin cậy và khi bị sửa")


def _qt(st: _State) -> str:
    """Qt's offscreen platform and QtPdf load, and the first rendered form paints: the bundle kept its plugins."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QApplication

    global _QT_APP
    _QT_APP = QApplication.instance() or QApplication(["hskt", "-platform", "offscreen"])
    if not st.rendered:
        raise StepFailed(SKIPPED)
    data = QByteArray(st.rendered[0].pdf_bytes)
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.ReadOnly)
    pdf = QPdfDocument()
    pdf.load(buf)
    if pdf.status() != QPdfDocument.Status.Ready or pdf.pageCount() < 1:
        raise StepFailed(f"QtPdf không mở được {st.rendered[0].filename} ({pdf.error()})")
    image = pdf.render(0, QSize(210, 297))
    if image.isNull():
        raise StepFailed("QtPdf không vẽ được trang đầu")
    dark = sum(1 for y in range(0, image.height(), 3) for x in range(0, image.width(), 3)
               if image.pixelColor(x, y).lightness() < 128)
    if dark == 0:
        raise StepFailed("trang vẽ ra trắng trơn")
    return f"nền tảng {QGuiApplication.platformName()}, QtPdf vẽ trang đầu tờ trình ({pdf.pageCount()} trang)"


STEPS: tuple[tuple[str, Step], ...] = (
    ("Tài nguyên", _resources),
    ("Bộ quy tắc", _rulesets),
    ("Cơ sở dữ liệu", _database),
    ("Nhật ký thay đổi", _audit_chain),
    ("In biểu mẫu", _forms),
    ("Khóa ký thử", _throwaway_key),
    ("Xuất và kiểm tra gói", _package),
)
QT_STEP: tuple[str, Step] = ("Giao diện Qt", _qt)


@contextmanager
def _workdir(base: Path | None) -> Iterator[Path]:
    if base is not None:
        base.mkdir(parents=True, exist_ok=True)
        yield base
        return
    with tempfile.TemporaryDirectory(prefix="hskt-selftest-", ignore_cleanup_errors=True) as tmp:
        yield Path(tmp)


def run_selftest(*, qt: bool = False, workdir: Path | None = None,
                 on_step: Callable[[StepResult], None] | None = None) -> SelfTestReport:
    """Run every step (a failed step does not stop the later ones); `on_step` sees each result as it comes."""
    report = SelfTestReport()
    steps = [*STEPS, QT_STEP] if qt else list(STEPS)
    with _workdir(workdir) as work:
        st = _State(work)
        for name, fn in steps:
            started = time.perf_counter()
            try:
                detail, ok = fn(st), True
            except StepFailed as exc:
                detail, ok = str(exc), False
            except Exception as exc:  # a step's unexpected error is its result, never a traceback for the clerk
                last = traceback.extract_tb(exc.__traceback__)[-1]
                detail = f"{type(exc).__name__}: {exc} ({Path(last.filename).name}:{last.lineno})"
                ok = False
            result = StepResult(name, ok, detail, time.perf_counter() - started)
            report.steps.append(result)
            if on_step is not None:
                on_step(result)
    return report
