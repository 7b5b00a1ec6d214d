"""The ASiC-E zip itself: deterministic streaming writer, atomic file replacement, and a reader that trusts nothing.

Writing: `mimetype` first and stored, entries in the order the caller gives, a fixed timestamp and fixed attributes,
so the same content gives the same bytes. Files are streamed in chunks while their SHA-256 is computed, so memory
does not grow with attachment size. Formats that are already compressed (PDF, JPEG, PNG, XLSX, nested packages) are
stored. Everything is stored, in fact: the JSON and XML parts are small, and a stored entry has no deflate
padding bits or encoder-dependent bytes, so every byte of the file is either signed content or canonical
metadata the reader checks -- a changed byte anywhere is detected.

Reading: every check of PACKAGE-FORMAT.md "Verifying" §1 runs on the central directory before any entry is
decompressed, and the package is verified in place; nothing is extracted to disk.
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
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    _fsync_dir(target.parent)


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
            shown = repr(name)
            if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
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
            out += self._check_canonical()
        return out

    def _check_canonical(self) -> list[str]:
        """Every byte outside the signed content must be the canonical metadata PackageWriter writes.

        zipfile ignores much of a zip's metadata (local header dates, attributes, gaps between entries, the end
        record's counts); without this check a byte changed there would go unnoticed.
        """
        fh, out, pos = self._fh, [], 0
        for info in self.infos:
            shown = repr(info.filename)
            zip64 = info.file_size >= zipfile.ZIP64_LIMIT or info.header_offset >= zipfile.ZIP64_LIMIT
            if (info.compress_type != zipfile.ZIP_STORED or info.flag_bits not in (0, 0x800)
                    or info.date_time != FIXED_DATE or info.create_system != 3
                    or info.create_version != (45 if zip64 else 20) or info.extract_version != info.create_version
                    or info.external_attr != (stat.S_IFREG | 0o644) << 16 or info.internal_attr != 0
                    or info.volume != 0 or info.comment or (info.extra and not zip64)):
                out.append(f"{shown}: siêu dữ liệu ZIP khác dạng chuẩn của HSKT (gói đã bị sửa hoặc không do HSKT tạo)")
                continue
            if info.header_offset != pos:
                out.append(f"{shown}: có dữ liệu lạ trước mục này (vị trí {pos}..{info.header_offset})")
                return out
            fh.seek(pos)
            head = fh.read(30)
            if len(head) < 30 or head[:4] != b"PK\x03\x04":
                out.append(f"{shown}: phần đầu cục bộ hỏng")
                return out
            (ver, flags, method, t, d, crc, csize, usize, nlen, elen) = struct.unpack("<HHHHHIIIHH", head[4:30])
            dos_t = (FIXED_DATE[3] << 11) | (FIXED_DATE[4] << 5) | (FIXED_DATE[5] // 2)
            dos_d = ((FIXED_DATE[0] - 1980) << 9) | (FIXED_DATE[1] << 5) | FIXED_DATE[2]
            name = fh.read(nlen)
            expected_size = 0xFFFFFFFF if zip64 else info.file_size
            if (ver != info.extract_version or flags != info.flag_bits or method != info.compress_type
                    or t != dos_t or d != dos_d or crc != info.CRC or csize != (0xFFFFFFFF if zip64 else info.compress_size)
                    or usize != expected_size or name != info.orig_filename.encode("utf-8" if flags & 0x800 else "cp437")
                    or (elen and not zip64)):
                out.append(f"{shown}: phần đầu cục bộ không khớp mục lục ZIP")
                return out
            pos += 30 + nlen + elen + info.compress_size
        cd_start = pos
        fh.seek(self.size - 22)
        end = fh.read(22)
        if len(end) != 22 or end[:4] != b"PK\x05\x06":
            return [*out, "bản ghi kết thúc ZIP không nằm ở cuối tệp (có dữ liệu thừa hoặc chú thích)"]
        disk, cd_disk, n_here, n_total, cd_size, cd_off, comment_len = struct.unpack("<HHHHIIH", end[4:22])
        zip64_end = cd_off == 0xFFFFFFFF or n_total == 0xFFFF
        if (disk or cd_disk or comment_len or n_here != n_total
                or (not zip64_end and (n_total != len(self.infos) or cd_off != cd_start))):
            out.append("bản ghi kết thúc ZIP không khớp các mục (số mục, vị trí hoặc chú thích bị sửa)")
        cd_end = self.size - 22 - (76 if zip64_end else 0)
        if not zip64_end and cd_start + cd_size != cd_end:
            out.append("mục lục ZIP có kích thước không khớp (có dữ liệu lạ)")
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
