"""A subject's history. `position` keeps the order the clerk (or the imported file) gave."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base


class _HistoryRow:
    id: Mapped[int] = mapped_column(primary_key=True)
    subject_id: Mapped[int] = mapped_column(ForeignKey("subjects.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    year: Mapped[int]
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)


class Rating(_HistoryRow, Base):
    __tablename__ = "ratings"
    rating: Mapped[str] = mapped_column(String(30))


class Honour(_HistoryRow, Base):
    __tablename__ = "honours"
    award: Mapped[str] = mapped_column(String(60))
    decision: Mapped[str | None] = mapped_column(String(100))
    decision_date: Mapped[date | None]
    issuer: Mapped[str | None] = mapped_column(String(300))


class Initiative(_HistoryRow, Base):
    __tablename__ = "initiatives"
    title: Mapped[str] = mapped_column(String(1000))
    scope: Mapped[str] = mapped_column(String(20))
    recognized_by: Mapped[str | None] = mapped_column(String(300))
    decision: Mapped[str | None] = mapped_column(String(100))
    decision_date: Mapped[date | None]


class Discipline(_HistoryRow, Base):
    __tablename__ = "disciplines"
    level: Mapped[str] = mapped_column(String(30))
    until: Mapped[date | None]


class MemberStat(_HistoryRow, Base):
    __tablename__ = "member_stats"
    total: Mapped[int]
    completed_tasks: Mapped[int]
    lao_dong_tien_tien: Mapped[int]
    cstd_co_so: Mapped[int]
    disciplined_canh_cao_or_above: Mapped[int]
