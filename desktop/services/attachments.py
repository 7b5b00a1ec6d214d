"""Content-addressed files beside the database: attachments/<sha[:2]>/<sha>, written once, never changed."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models import Attachment

MEDIA_TYPES = {"pdf": "application/pdf", "jpg": "image/jpeg", "png": "image/png"}
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024
CHUNK = 1 << 20


class AttachmentError(ValueError):
    pass


@dataclass(frozen=True)
class StagedFile:
    sha256: str
    size: int
    media_type: str
    page_count: int | None
    original_name: str
    stored: Path
    created: bool  # False when the same bytes were already in the store


def sniff(head: bytes) -> str | None:
    if head.startswith(b"%PDF-"):
        return MEDIA_TYPES["pdf"]
    if head.startswith(b"\xff\xd8\xff"):
        return MEDIA_TYPES["jpg"]
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return MEDIA_TYPES["png"]
    return None


def pdf_page_count(path: Path) -> int | None:
    try:
        from pyhanko.pdf_utils.reader import PdfFileReader

        with open(path, "rb") as fh:
            return int(PdfFileReader(fh, strict=False).root["/Pages"]["/Count"])
    except Exception:  # a damaged PDF still gets stored; only its page count is unknown
        return None


def stored_path(root: Path, sha256: str) -> Path:
    return root / sha256[:2] / sha256


def stage(root: Path, source: Path) -> StagedFile:
    """Copy a file into the store (hashing while copying); the caller records it or calls `unstage`."""
    if not source.is_file():
        raise AttachmentError(f"không tìm thấy tệp {source}")
    size = source.stat().st_size
    if size > MAX_ATTACHMENT_BYTES:
        raise AttachmentError(f"tệp {source.name} lớn {size // (1024 * 1024)} MB, vượt giới hạn 50 MB")
    with open(source, "rb") as fh:
        media = sniff(fh.read(16))
    if media is None:
        raise AttachmentError(f"tệp {source.name} không phải PDF, JPG hay PNG")
    root.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    fd, tmp_name = tempfile.mkstemp(dir=root, prefix=".incoming-")
    tmp = Path(tmp_name)
    try:
        with open(source, "rb") as src, os.fdopen(fd, "wb") as dst:
            while chunk := src.read(CHUNK):
                digest.update(chunk)
                dst.write(chunk)
            dst.flush()
            os.fsync(dst.fileno())
        sha = digest.hexdigest()
        target = stored_path(root, sha)
        created = not target.exists()
        if created:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, target)
        else:
            tmp.unlink()
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    pages = pdf_page_count(target) if media == MEDIA_TYPES["pdf"] else None
    return StagedFile(sha, size, media, pages, source.name, target, created)


def unstage(staged: StagedFile) -> None:
    """Undo a stage whose database transaction failed, so a failed import leaves nothing behind."""
    if staged.created:
        staged.stored.unlink(missing_ok=True)


def record(session: Session, staged: StagedFile) -> Attachment:
    existing = session.scalar(select(Attachment).where(Attachment.sha256 == staged.sha256))
    if existing is not None:
        return existing
    att = Attachment(sha256=staged.sha256, media_type=staged.media_type, size=staged.size,
                     page_count=staged.page_count, original_name=staged.original_name)
    session.add(att)
    return att


def copy_out(root: Path, att: Attachment, target: Path) -> None:
    shutil.copyfile(stored_path(root, att.sha256), target)
