"""The registry: people, collectives and households, reused across dossiers and years (single-table inheritance)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base

if TYPE_CHECKING:
    from desktop.models.history import Discipline, Honour, Initiative, MemberStat, Rating


class Subject(Base):
    __tablename__ = "subjects"
    __table_args__ = (Index("ix_subjects_kind_sort", "kind", "sort_key"),)
    __mapper_args__ = {"polymorphic_on": "kind", "polymorphic_abstract": True}

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))
    display_name: Mapped[str] = mapped_column(String(300))
    search_key: Mapped[str] = mapped_column(String(300), index=True)  # folded: "nguyen thi hoa"
    sort_key: Mapped[str] = mapped_column(String(600))  # Vietnamese collation by given name, byte-comparable
    address: Mapped[str | None] = mapped_column(String(500))
    pending_review: Mapped[bool] = mapped_column(default=False)
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)

    ratings: Mapped[list[Rating]] = relationship(order_by="Rating.position", cascade="all, delete-orphan")
    honours: Mapped[list[Honour]] = relationship(order_by="Honour.position", cascade="all, delete-orphan")
    initiatives: Mapped[list[Initiative]] = relationship(order_by="Initiative.position", cascade="all, delete-orphan")
    disciplines: Mapped[list[Discipline]] = relationship(order_by="Discipline.position", cascade="all, delete-orphan")
    member_stats: Mapped[list[MemberStat]] = relationship(
        order_by="MemberStat.position", cascade="all, delete-orphan"
    )


class Person(Subject):
    __mapper_args__ = {"polymorphic_identity": "individual"}

    birth_date: Mapped[date | None] = mapped_column(nullable=True)
    gender: Mapped[str | None] = mapped_column(String(3), nullable=True)
    national_id: Mapped[str | None] = mapped_column(String(12), nullable=True, index=True)
    ethnicity: Mapped[str | None] = mapped_column(String(60), nullable=True)
    position: Mapped[str | None] = mapped_column(String(300), nullable=True)
    workplace: Mapped[str | None] = mapped_column(String(300), nullable=True)
    hometown: Mapped[str | None] = mapped_column(String(300), nullable=True)
    residence: Mapped[str | None] = mapped_column(String(300), nullable=True)
    education: Mapped[str | None] = mapped_column(String(300), nullable=True)
    direct_worker: Mapped[bool | None] = mapped_column(nullable=True)
    hired_on: Mapped[date | None] = mapped_column(nullable=True)

    @property
    def full_name(self) -> str:
        return self.display_name


class Collective(Subject):
    __mapper_args__ = {"polymorphic_identity": "collective"}


class Household(Subject):
    __mapper_args__ = {"polymorphic_identity": "household"}

    # The head's gender: forms print "Hộ ông …" or "Hộ bà …" (dossier.json: the nominee's `head_gender` key).
    head_gender: Mapped[str | None] = mapped_column(String(3), nullable=True)
