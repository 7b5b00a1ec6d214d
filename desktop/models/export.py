from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, utcnow


class ExportRecord(Base):
    """One signed package written for a dossier revision."""

    __tablename__ = "exports"

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"), index=True)
    revision: Mapped[int]
    package_id: Mapped[str] = mapped_column(String(40))
    path: Mapped[str] = mapped_column(String(1000))
    sha256: Mapped[str] = mapped_column(String(64))
    signer: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Who may sign return notes for this package, pinned when the first one is accepted:
    # {"recipient", "office", "holder", "fingerprint", "confirmed_by_clerk", "at"} (services.returns_service).
    return_signer: Mapped[dict[str, Any] | None] = mapped_column(default=None)
