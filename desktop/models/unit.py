from __future__ import annotations

from typing import Any

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class Unit(Base):
    """An agency: the clerk's own (is_own) or one whose dossier was imported."""

    __tablename__ = "units"

    id: Mapped[int] = mapped_column(primary_key=True)
    is_own: Mapped[bool] = mapped_column(default=False, index=True)
    name: Mapped[str] = mapped_column(String(300))
    level: Mapped[str] = mapped_column(String(20))  # xa, huyen, tinh, co-quan
    code: Mapped[str | None] = mapped_column(String(20))
    province: Mapped[str | None] = mapped_column(String(200))
    parent: Mapped[str | None] = mapped_column(String(300))  # parent body printed above the issuing body
    place: Mapped[str | None] = mapped_column(String(200))  # place name before the date: "Tân Lập"
    short_name: Mapped[str | None] = mapped_column(String(40))  # symbol in document numbers: "UBND"
    signers: Mapped[list[Any]] = mapped_column(default=list)  # [{prefix, title, name}]
    counters: Mapped[dict[str, Any]] = mapped_column(default=dict)  # {"2026": {"TTr": 5, "BB": 2}}
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)
