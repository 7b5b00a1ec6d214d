"""all.pdf from the documents already rendered: their pages copied as they are, never laid out a second time.

The inputs are PDFs that `frame.build` wrote (ReportLab: a classic xref table, direct stream lengths, a flat page
tree carrying no inherited attributes), so a small reader is enough. Every object a page needs is copied with its
references renumbered; objects that come out byte-identical after renumbering (the font subsets, which the fixed
glyph seed makes the same in every document, their descriptors and widths) are written once. Page content streams
are copied byte for byte, so a page of all.pdf is exactly the page of its own PDF. The same inputs give the same
bytes.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import date

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_ROOT = re.compile(rb"/Root (\d+) 0 R")
_PAGES = re.compile(rb"/Pages (\d+) 0 R")
_KIDS = re.compile(rb"/Kids \[([^\]]*)\]")
_TYPE_PAGES = re.compile(rb"/Type /Pages\b")
_REF = re.compile(rb"(/Parent )?(\d+) 0 R")
_LENGTH = re.compile(rb"/Length (\d+)\b")
_OBJ = re.compile(rb"(\d+) 0 obj\s*")
_NODE_KEYS = re.compile(rb"/(\w+)")

CATALOG, PAGES, INFO = 1, 2, 3


class AssemblyError(ValueError):
    """An input is not a PDF this module can copy pages from (not written by frame.build)."""


class _Source:
    """One input PDF: objects looked up through its xref table, parsed only when a page needs them."""

    def __init__(self, pdf: bytes):
        self.pdf = pdf
        m = _STARTXREF.search(pdf, max(0, len(pdf) - 64))
        if m is None:
            raise AssemblyError("không tìm thấy bảng xref")
        at = int(m.group(1))
        head = pdf[at:at + 64].split(b"\n", 2)
        if head[0].strip() != b"xref":
            raise AssemblyError("bảng xref không ở dạng cổ điển")
        first, count = (int(x) for x in head[1].split())
        table = at + len(head[0]) + len(head[1]) + 2
        self.offsets: dict[int, int] = {}
        for i in range(count):
            entry = pdf[table + 20 * i:table + 20 * i + 20]
            if entry[17:18] == b"n":
                self.offsets[first + i] = int(entry[:10])
        trailer = pdf[table + 20 * count:]
        root = _ROOT.search(trailer)
        if root is None:
            raise AssemblyError("thiếu /Root")
        self.root = int(root.group(1))

    def body(self, num: int) -> tuple[bytes, bytes]:
        """(dictionary part, stream part or b"") of object `num`, exactly as written."""
        at = self.offsets.get(num)
        if at is None:
            raise AssemblyError(f"thiếu đối tượng {num}")
        m = _OBJ.match(self.pdf, at)
        if m is None or int(m.group(1)) != num:
            raise AssemblyError(f"đối tượng {num} không ở vị trí xref ghi")
        start = m.end()
        end = self.pdf.index(b"endobj", start)
        kw = self.pdf.find(b"stream", start, end)
        if kw < 0:
            return self.pdf[start:end].rstrip(), b""
        head = self.pdf[start:kw]
        length = _LENGTH.search(head)
        if length is None:
            raise AssemblyError(f"luồng {num} không có độ dài trực tiếp")
        data = kw + 6 + (2 if self.pdf.startswith(b"\r\n", kw + 6) else 1)
        stop = data + int(length.group(1))
        end = self.pdf.index(b"endobj", stop)
        return head.rstrip(), self.pdf[kw:end].rstrip()

    def pages(self) -> list[int]:
        catalog, _ = self.body(self.root)
        m = _PAGES.search(catalog)
        if m is None:
            raise AssemblyError("thiếu cây trang")
        out: list[int] = []
        self._walk(int(m.group(1)), out)
        return out

    def _walk(self, node: int, out: list[int]) -> None:
        head, _ = self.body(node)
        if not _TYPE_PAGES.search(head):
            out.append(node)
            return
        # An attribute a Pages node would pass down to its pages (Resources, MediaBox…) would be lost when the
        # pages move under all.pdf's root: refuse rather than print a different page.
        extra = set(_NODE_KEYS.findall(_KIDS.sub(b"", head))) - {b"Count", b"Type", b"Pages", b"Kids", b"Parent"}
        if extra:
            raise AssemblyError("cây trang có thuộc tính kế thừa")
        kids = _KIDS.search(head)
        for ref in re.findall(rb"(\d+) 0 R", kids.group(1) if kids else b""):
            self._walk(int(ref), out)


def _text(value: str) -> bytes:
    if value.isascii() and not any(c in value for c in "()\\"):
        return b"(" + value.encode("ascii") + b")"
    return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode("ascii") + b">"


def join(pdfs: Sequence[bytes], title: str, stamp: date) -> bytes:
    """One PDF with every page of `pdfs`, in order; `title` and `stamp` (the creation date) go in its Info."""
    if not pdfs:
        raise ValueError("không có văn bản nào để in")
    bodies: list[bytes] = [b"", b"", b""]  # catalog, pages and info are written once the pages are known
    interned: dict[bytes, int] = {}
    kids: list[int] = []

    def add(body: bytes) -> int:
        bodies.append(body)
        return len(bodies)

    for pdf in pdfs:
        src = _Source(pdf)
        renumbered: dict[int, int] = {}

        def copy(num: int, _src: _Source = src, _map: dict[int, int] = renumbered) -> int:
            if num in _map:
                return _map[num]
            head, stream = _src.body(num)
            body = _REF.sub(lambda m: b"%d 0 R" % copy(int(m.group(2))), head) + (b"\n" + stream if stream else b"")
            new = interned.get(body)
            if new is None:
                new = interned[body] = add(body)
            _map[num] = new
            return new

        for page in src.pages():
            head, stream = src.body(page)
            if stream:
                raise AssemblyError("trang không phải từ điển")
            kids.append(add(_REF.sub(
                lambda m: b"/Parent %d 0 R" % PAGES if m.group(1) else b"%d 0 R" % copy(int(m.group(2))), head)))

    bodies[CATALOG - 1] = b"<<\n/PageMode /UseNone /Pages %d 0 R /Type /Catalog\n>>" % PAGES
    bodies[PAGES - 1] = b"<<\n/Count %d /Kids [ %s ] /Type /Pages\n>>" % (
        len(kids), b" ".join(b"%d 0 R" % k for k in kids))
    when = b"(D:%04d%02d%02d000000+07'00')" % (stamp.year, stamp.month, stamp.day)
    bodies[INFO - 1] = (b"<<\n/Author (HSKT) /CreationDate " + when + b" /Creator (HSKT) /Keywords () /ModDate " + when
                        + b" /Producer (HSKT) /Subject " + _text(title) + b" /Title " + _text(title)
                        + b" /Trapped /False\n>>")
    out = bytearray(b"%PDF-1.4\n%\x93\x8c\x8b\x9e HSKT\n")
    offsets = []
    for num, body in enumerate(bodies, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(bodies) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    digest = hashlib.md5(bytes(out), usedforsecurity=False).hexdigest().encode("ascii")
    out += (b"trailer\n<<\n/ID [<%s><%s>]\n/Info %d 0 R\n/Root %d 0 R\n/Size %d\n>>\nstartxref\n%d\n%%%%EOF\n"
            % (digest, digest, INFO, CATALOG, len(bodies) + 1, xref))
    return bytes(out)
