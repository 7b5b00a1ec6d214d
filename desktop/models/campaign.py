from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class Campaign(Base):
    """Đợt xét: the review round a dossier belongs to (the year under review, a movement, a deadline)."""

    __tablename__ = "campaigns"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    year: Mapped[int] = mapped_column(index=True)
    deadline: Mapped[date | None]
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)
