"""What arrived from other units: signed packages in the inbox and return notes (phiếu trả lại) both ways."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, utcnow

VERIFY_STATUSES = ("ok", "untrusted", "rejected")
VERIFY_LABELS = {"ok": "Hợp lệ", "untrusted": "Nguyên vẹn, chưa tin cậy", "rejected": "Bị từ chối"}


class ReceivedPackage(Base):
    """A package received from a lower level, stored byte for byte under the data folder's inbox/<sha256>.asice.

    A rejected package is kept on record (so the clerk sees it was refused and why) but is never merged.
    """

    __tablename__ = "received_packages"

    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[str | None] = mapped_column(String(40))  # the ULID from a spec-conforming file name
    file_name: Mapped[str] = mapped_column(String(300))  # safe name, used again as inputs/<file_name>
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size: Mapped[int]
    stored_path: Mapped[str] = mapped_column(String(1000))  # relative to the data folder
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    unit_name: Mapped[str] = mapped_column(String(300), default="")
    unit_code: Mapped[str | None] = mapped_column(String(20))
    year: Mapped[int | None]
    revision: Mapped[int | None]
    signer: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[str] = mapped_column(String(20), index=True)  # ok | untrusted | rejected
    report: Mapped[dict[str, Any]] = mapped_column(default=dict)  # VerifyReport.to_json()
    imported_as: Mapped[int | None] = mapped_column(ForeignKey("dossiers.id", ondelete="SET NULL"))


class ReturnNoteRecord(Base):
    """A phiếu trả lại this unit wrote (direction "sent") or received and pinned to a dossier ("received")."""

    __tablename__ = "return_notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[str] = mapped_column(String(40), index=True)
    direction: Mapped[str] = mapped_column(String(10))  # sent | received
    file_name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    stored_path: Mapped[str] = mapped_column(String(1000))  # relative to the data folder
    package: Mapped[str] = mapped_column(String(300))  # the returned package's file name
    package_sha256: Mapped[str] = mapped_column(String(64))
    received_package_id: Mapped[int | None] = mapped_column(
        ForeignKey("received_packages.id", ondelete="SET NULL"))
    dossier_id: Mapped[int | None] = mapped_column(ForeignKey("dossiers.id", ondelete="SET NULL"), index=True)
    from_unit: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    items: Mapped[list[Any]] = mapped_column(default=list)  # [{nominee_id, field, comment}]
    comment: Mapped[str | None] = mapped_column(String(2000))
