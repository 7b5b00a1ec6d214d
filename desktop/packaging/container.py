"""The ASiC-E zip itself: deterministic streaming writer, atomic file replacement, and a reader that trusts nothing.

Writing: `mimetype` first and stored, entries in the order the caller gives, a fixed timestamp and fixed attributes,
so the same content gives the same bytes. Files are streamed in chunks while their SHA-256 is computed, so memory
does not grow with attachment size. Every entry is stored (PDF, JPEG, PNG, XLSX and nested packages are already
compressed; the JSON and XML parts are small).

Reading accepts any EN 319 162-1 conformant container, not only HSKT's own bytes: `mimetype` first, stored, with
no extra field and the exact media type; other entries stored or deflated, with whatever timestamps, attributes
and order the zip tool chose. What protects the content is the ASiC manifest's SHA-256 of every entry and the
CAdES signature over the manifest, not the zip metadata (docs/packaging.md says exactly what is and is not
protected). What is unsafe is refused whatever ETSI allows: duplicate names (also after Unicode normalisation
and case folding), NUL or control characters in names, absolute paths or `..`, links and other non-regular files,
encryption, unknown compression, entries that overlap or claim more than the file holds, and sizes or ratios past
the limits. Every check runs on the central directory before any entry is decompressed, and the package is
verified in place; nothing is extracted to disk.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import re
import stat
import struct
import tempfile
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, BinaryIO

from desktop.packaging.manifest import ASIC_MIMETYPE

CHUNK = 1024 * 1024
FIXED_DATE = (1980, 1, 1, 0, 0, 0)  # the earliest DOS date: carries no information about when it was made


class ContainerError(ValueError):
    """The file is not a usable package; the message is Vietnamese, names the entry and says why."""


@dataclass(frozen=True)
class Limits:
    """Bounds that make a hostile file fail fast instead of filling the disk or the memory."""

    max_entries: int = 10_000
    max_total_bytes: int = 8 * 1024**3  # declared uncompressed size of all entries
    max_ratio: int = 100  # uncompressed / compressed, for entries above ratio_floor
    ratio_floor: int = 1024 * 1024
    max_small_entry: int = 64 * 1024 * 1024  # entries read into memory (JSON, XML, signatures, signed PDFs)
    max_depth: int = 3  # nesting of inputs/*.asice


DEFAULT_LIMITS = Limits()

# ------------------------------------------------------------------------------------------------ layout names

_SEG = r"[A-Za-z0-9][A-Za-z0-9._-]{0,120}"
PACKAGE_LAYOUT = (
    re.compile(r"mimetype"),
    re.compile(r"dossier\.json"),
    re.compile(rf"documents/{_SEG}"),
    re.compile(rf"documents/04_bao-cao/{_SEG}\.pdf"),
    re.compile(rf"documents/05_dinh-kem/{_SEG}\.(pdf|jpg|jpeg|png)"),
    re.compile(rf"inputs/{_SEG}\.asice"),
    re.compile(r"audit/events\.jsonl"),
    re.compile(r"META-INF/manifest\.xml"),
    re.compile(r"META-INF/ASiCManifest\d{3}\.xml"),
    re.compile(r"META-INF/signature\d{3}\.p7s"),
)
RETURN_NOTE_LAYOUT = (
    re.compile(r"mimetype"),
    re.compile(r"return-note\.json"),
    re.compile(r"META-INF/manifest\.xml"),
    re.compile(r"META-INF/ASiCManifest\d{3}\.xml"),
    re.compile(r"META-INF/signature\d{3}\.p7s"),
)
ASIC_MANIFEST_RE = re.compile(r"META-INF/ASiCManifest(\d{3})\.xml")
SIGNATURE_RE = re.compile(r"META-INF/signature(\d{3})\.p7s")
_BAD_DOT = re.compile(r"(^|/)\.\.?(/|$)")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def is_layout_name(name: str, layout: Sequence[re.Pattern[str]] = PACKAGE_LAYOUT) -> bool:
    return any(p.fullmatch(name) for p in layout)


def is_signature_part(name: str) -> bool:
    """The names a manifest does not list about itself: the container type and the manifest/signature pairs."""
    return name == "mimetype" or bool(ASIC_MANIFEST_RE.fullmatch(name) or SIGNATURE_RE.fullmatch(name))


# ------------------------------------------------------------------------------------------------ atomic write


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[BinaryIO]:
    """A temporary file beside `target`, fsynced and renamed over it only when the block succeeds.

    A crash or cancellation leaves either the old file or none, never half a package.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w+b") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        # mkstemp makes the file private (0600); a package is meant to be handed on, so it gets the mode any
        # file the clerk saves would get (0666 less the umask).
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    _fsync_dir(target.parent)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_dir(folder: Path) -> None:
    # The rename is durable only once the directory entry is; Windows has no directory fsync.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# ------------------------------------------------------------------------------------------------ writer


class PackageWriter:
    """Append entries in order to a zip open for writing; returns each entry's SHA-256."""

    def __init__(self, fh: IO[bytes], progress: Callable[[int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None):
        self._zip = zipfile.ZipFile(fh, "w", allowZip64=True)
        self._names: set[str] = set()
        self._progress = progress
        self._cancelled = cancelled
        self.write_bytes("mimetype", ASIC_MIMETYPE.encode("ascii"), compress=False)

    def _info(self, name: str, size: int, compress: bool) -> zipfile.ZipInfo:
        if name in self._names:
            raise ValueError(f"duplicate entry {name}")
        self._names.add(name)
        info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
        info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        info.create_system = 3  # unix, so the permission bits below mean what they say
        info.external_attr = (stat.S_IFREG | 0o644) << 16
        info.file_size = size
        return info

    @staticmethod
    def should_compress(name: str) -> bool:
        del name  # see the module docstring: every entry is stored
        return False

    def write_bytes(self, name: str, data: bytes, compress: bool | None = None) -> bytes:
        info = self._info(name, len(data), self.should_compress(name) if compress is None else compress)
        # writestr with a ZipInfo uses zlib's default level, fixed for a given zlib: deterministic output.
        self._zip.writestr(info, data)
        if self._progress:
            self._progress(len(data))
        return hashlib.sha256(data).digest()

    def write_file(self, name: str, source: Path, compress: bool | None = None) -> bytes:
        """Stream a file into the zip in CHUNK pieces, hashing as it goes; memory stays flat."""
        with open(source, "rb") as src:
            return self.write_stream(name, src, os.fstat(src.fileno()).st_size, compress)

    def write_stream(self, name: str, src: IO[bytes], size: int, compress: bool | None = None) -> bytes:
        """Copy exactly `size` bytes from `src`, computing the SHA-256 on the way."""
        info = self._info(name, size, self.should_compress(name) if compress is None else compress)
        digest = hashlib.sha256()
        buf = bytearray(CHUNK)
        view = memoryview(buf)
        written = 0
        with self._zip.open(info, "w", force_zip64=size >= zipfile.ZIP64_LIMIT) as dst:
            while n := src.readinto(buf):  # type: ignore[attr-defined]
                chunk = view[:n]
                digest.update(chunk)
                dst.write(chunk)
                written += n
                if self._progress:
                    self._progress(n)
                if self._cancelled and self._cancelled():
                    raise InterruptedError("export cancelled")
        if written != size:
            raise OSError(f"{name}: size changed while writing ({written} != {size} bytes)")
        return digest.digest()

    def close(self) -> None:
        self._zip.close()

    def abort(self) -> None:
        """Drop the zip without writing a central directory; the atomic writer deletes the temporary file."""
        self._zip.fp = None

    def __enter__(self) -> PackageWriter:
        return self

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


# ------------------------------------------------------------------------------------------------ reader


class _Slice(io.RawIOBase):
    """A read-only window on part of another file: a stored nested package read in place, never copied."""

    def __init__(self, fh: BinaryIO, start: int, length: int):
        self._fh, self._start, self._len, self._pos = fh, start, length, 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._pos

    def seek(self, offset: int, whence: int = 0) -> int:
        base = {0: 0, 1: self._pos, 2: self._len}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        n = max(0, min(len(b), self._len - self._pos))
        if n == 0:
            return 0
        self._fh.seek(self._start + self._pos)
        data = self._fh.read(n)
        b[: len(data)] = data
        self._pos += len(data)
        return len(data)


def _kind(info: zipfile.ZipInfo) -> int:
    return (info.external_attr >> 16) & 0o170000


class PackageReader:
    """A package opened for verification. `problems` lists every container-level violation found up front.

    Construction raises ContainerError only when the file cannot be read as a zip at all (truncated, not a zip).
    """

    def __init__(self, source: Path | BinaryIO, limits: Limits = DEFAULT_LIMITS,
                 layout: Sequence[re.Pattern[str]] = PACKAGE_LAYOUT, strict: bool = True):
        self.limits = limits
        self.strict = strict
        self._own = isinstance(source, (str, Path))
        self._fh: BinaryIO = open(source, "rb") if isinstance(source, (str, Path)) else source
        try:
            self._fh.seek(0, 2)
            self.size = self._fh.tell()
            self._fh.seek(0)
            try:
                self._zip = zipfile.ZipFile(self._fh)
            except zipfile.BadZipFile:
                raise ContainerError("tệp bị cắt cụt hoặc không phải gói ZIP/ASiC-E (không đọc được mục lục ZIP)") from None
            except (OSError, ValueError, EOFError, NotImplementedError) as exc:
                raise ContainerError(f"mục lục ZIP hỏng: {exc}") from None
        except BaseException:
            self.close()
            raise
        self.infos = self._zip.infolist()
        self.problems = self._check(layout)
        self.names = [i.filename for i in self.infos]
        self._by_name = {i.filename: i for i in self.infos}

    # -- context management
    def close(self) -> None:
        if getattr(self, "_zip", None) is not None:
            self._zip.close()
        if self._own:
            self._fh.close()

    def __enter__(self) -> PackageReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- structural checks, from the central directory only
    def _check(self, layout: Sequence[re.Pattern[str]]) -> list[str]:
        lim, infos, out = self.limits, self.infos, []
        if len(infos) > lim.max_entries:
            # Nothing else is worth checking, and listing thousands of problems is itself a denial of service.
            return [f"quá nhiều mục: {len(infos)} (tối đa {lim.max_entries})"]
        if not infos or infos[0].filename != "mimetype":
            out.append("mục đầu tiên không phải 'mimetype'" + ("" if any(i.filename == "mimetype" for i in infos)
                                                              else " (thiếu mimetype)"))
        else:
            mt = infos[0]
            if mt.compress_type != zipfile.ZIP_STORED:
                out.append("mimetype bị nén; phải lưu nguyên (stored)")
            elif mt.file_size != len(ASIC_MIMETYPE) or self._read_raw_small(mt) != ASIC_MIMETYPE.encode():
                out.append(f"mimetype sai; phải là {ASIC_MIMETYPE}")
        seen: dict[str, str] = {}
        total = compressed = 0
        for info in infos:
            name = info.filename
            shown = repr(info.orig_filename)
            if _CONTROL.search(info.orig_filename):
                # zipfile cuts a name at NUL, so "dossier.json\0x" would pass for "dossier.json"
                out.append(f"{shown}: tên chứa ký tự NUL hoặc ký tự điều khiển")
            elif name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
                out.append(f"{shown}: đường dẫn tuyệt đối")
            elif "\\" in name:
                out.append(f"{shown}: đường dẫn chứa dấu gạch ngược")
            elif _BAD_DOT.search(name):
                out.append(f"{shown}: đường dẫn chứa '..' hoặc '.'")
            elif _kind(info) == stat.S_IFLNK:
                out.append(f"{shown}: là liên kết (symlink)")
            elif _kind(info) not in (0, stat.S_IFREG) or name.endswith("/"):
                out.append(f"{shown}: không phải tệp thường")
            elif not is_layout_name(name, layout):
                out.append(f"{shown}: tên không thuộc cấu trúc gói")
            if info.flag_bits & 0x1:
                out.append(f"{shown}: bị mã hóa")
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                out.append(f"{shown}: kiểu nén không được hỗ trợ ({info.compress_type})")
            key = unicodedata.normalize("NFC", name).casefold()
            if key in seen:
                out.append(f"{shown}: trùng tên với {seen[key]!r}")
            else:
                seen[key] = name
            total += info.file_size
            compressed += info.compress_size
            if info.file_size > lim.ratio_floor and info.file_size > lim.max_ratio * max(info.compress_size, 1):
                out.append(f"{shown}: tỉ lệ nén {info.file_size // max(info.compress_size, 1)}:1, dấu hiệu bom ZIP")
        if total > lim.max_total_bytes:
            out.append(f"tổng dung lượng giải nén {total} byte vượt giới hạn {lim.max_total_bytes}")
        if compressed > self.size:
            # Entries that share compressed bytes ("overlapping" zip bombs) claim more data than the file holds.
            out.append("các mục chồng lên nhau hoặc khai báo sai kích thước (dấu hiệu bom ZIP)")
        if not out and self.strict:
            out += self._check_conformant()
        if not out:
            out += self._check_overlaps()
        return out

    def _check_overlaps(self) -> list[str]:
        """Each entry's declared bytes lie in the file and after the previous entry's (no shared data)."""
        spans = sorted((i.header_offset, i.header_offset + 30 + len(i.orig_filename.encode("utf-8", "replace"))
                        + i.compress_size, i.filename) for i in self.infos)
        end = 0
        for start, stop, name in spans:
            if start < end or stop > self.size:
                return [f"{name!r}: chồng lên mục khác hoặc vượt quá cuối tệp (dấu hiệu bom ZIP)"]
            end = stop
        return []

    def _check_conformant(self) -> list[str]:
        """EN 319 162-1 §A.1 on the mimetype entry, read from its local header, and no bytes before it.

        The local header is what a MIME sniffer reads at offset 30; a zip whose central directory says one thing
        and whose local headers say another is refused by zipfile itself when an entry is opened.
        """
        info = self.infos[0]
        if info.header_offset != 0:
            return ["có dữ liệu lạ trước mục mimetype (mimetype phải ở đầu tệp)"]
        self._fh.seek(0)
        head = self._fh.read(30)
        if len(head) < 30 or head[:4] != b"PK\x03\x04":
            return ["phần đầu cục bộ của mimetype hỏng"]
        _ver, flags, method, _t, _d, _crc, _cs, _us, nlen, elen = struct.unpack("<HHHHHIIIHH", head[4:30])
        out = []
        if self._fh.read(nlen) != b"mimetype":
            out.append("phần đầu cục bộ của mimetype mang tên khác")
        if method != zipfile.ZIP_STORED:
            out.append("mimetype bị nén; phải lưu nguyên (stored)")
        if elen or info.extra:
            out.append("mimetype có trường phụ (extra field); EN 319 162-1 không cho phép")
        if flags & 0x8:
            out.append("mimetype dùng bản mô tả dữ liệu (data descriptor); kích thước phải ghi ngay ở phần đầu")
        return out

    def _read_raw_small(self, info: zipfile.ZipInfo) -> bytes:
        try:
            with self._zip.open(info) as f:
                return f.read(256)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError):
            return b""

    # -- content access
    def info(self, name: str) -> zipfile.ZipInfo:
        return self._by_name[name]

    def open(self, name: str) -> IO[bytes]:
        return self._zip.open(self._by_name[name])

    def read(self, name: str) -> bytes:
        """A small entry in memory, refusing anything over the limit before decompressing it."""
        info = self._by_name[name]
        if info.file_size > self.limits.max_small_entry:
            raise ContainerError(f"{name}: quá lớn để đọc ({info.file_size} byte)")
        try:
            return self._zip.read(info)
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
            raise ContainerError(f"{name}: dữ liệu hỏng ({_reason(exc)})") from None

    def sha256(self, name: str) -> bytes:
        """Stream an entry through SHA-256; zipfile also checks its CRC-32 and stops at the declared size."""
        digest = hashlib.sha256()
        buf = bytearray(CHUNK)
        try:
            with self._zip.open(self._by_name[name]) as f:
                while n := f.readinto(buf):  # type: ignore[attr-defined]
                    digest.update(memoryview(buf)[:n])
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
            raise ContainerError(f"{name}: dữ liệu hỏng ({_reason(exc)})") from None
        return digest.digest()

    def nested(self, name: str) -> BinaryIO:
        """A nested package as a seekable stream: a window on the outer file when stored (as HSKT writes it)."""
        info = self._by_name[name]
        if info.compress_type == zipfile.ZIP_STORED:
            self._fh.seek(info.header_offset)
            header = self._fh.read(30)
            if len(header) == 30 and header[:4] == b"PK\x03\x04":
                name_len, extra_len = struct.unpack("<HH", header[26:30])
                start = info.header_offset + 30 + name_len + extra_len
                if start + info.file_size <= self.size:
                    return io.BufferedReader(_Slice(self._fh, start, info.file_size))
        # A foreign tool deflated it: spool through memory/temp space, bounded by the total-size limit.
        spool = tempfile.SpooledTemporaryFile(max_size=CHUNK * 16)
        with self.open(name) as src:
            while chunk := src.read(CHUNK):
                spool.write(chunk)
        spool.seek(0)
        return spool  # type: ignore[return-value]


def _reason(exc: BaseException) -> str:
    text = str(exc)
    if "CRC" in text:
        return "sai CRC-32"
    if isinstance(exc, EOFError) or "EOF" in text or "truncated" in text.lower():
        return "tệp bị cắt cụt"
    return text or type(exc).__name__
