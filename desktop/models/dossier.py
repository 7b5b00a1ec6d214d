"""A dossier (hồ sơ), its nominees, proposals, component documents and frozen revisions."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, utcnow
from desktop.status import STATUS_LABELS, STATUSES  # noqa: F401 - re-exported

if TYPE_CHECKING:
    from desktop.models.attachment import Attachment
    from desktop.models.campaign import Campaign
    from desktop.models.subject import Subject
    from desktop.models.unit import Unit



class Dossier(Base):
    __tablename__ = "dossiers"
    __table_args__ = (
        Index("ix_dossiers_bin_updated", "deleted_at", "updated_at"),
        Index("ix_dossiers_bin_status", "deleted_at", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaigns.id"))
    status: Mapped[str] = mapped_column(String(20), default="nhap")
    revision: Mapped[int] = mapped_column(default=1)
    ruleset: Mapped[str | None] = mapped_column(String(40))
    as_of: Mapped[date | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    deleted_at: Mapped[datetime | None]  # in the bin when set; restorable until purged
    # Denormalised for the list: 10,000 rows must paint without joining every nominee.
    nominee_count: Mapped[int] = mapped_column(default=0)
    lead_name: Mapped[str] = mapped_column(String(300), default="")
    lead_sort: Mapped[str] = mapped_column(String(600), default="")
    search_key: Mapped[str] = mapped_column(String(2000), default="")
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)  # letter, meeting, posting, unknown keys

    unit: Mapped[Unit] = relationship()
    campaign: Mapped[Campaign | None] = relationship()
    nominees: Mapped[list[DossierNominee]] = relationship(
        order_by="DossierNominee.position", cascade="all, delete-orphan", back_populates="dossier"
    )
    proposals: Mapped[list[Proposal]] = relationship(
        order_by="Proposal.position", cascade="all, delete-orphan", back_populates="dossier"
    )
    documents: Mapped[list[DossierDocument]] = relationship(
        order_by="DossierDocument.position", cascade="all, delete-orphan"
    )
    revisions: Mapped[list[DossierRevision]] = relationship(
        order_by="DossierRevision.number", cascade="all, delete-orphan"
    )


class DossierNominee(Base):
    """A registry subject as it appears in one dossier, under the nominee id the dossier's JSON uses."""

    __tablename__ = "dossier_nominees"
    __table_args__ = (UniqueConstraint("dossier_id", "ref"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"), index=True)
    subject_id: Mapped[int] = mapped_column(ForeignKey("subjects.id"), index=True)
    ref: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(default=0)

    dossier: Mapped[Dossier] = relationship(back_populates="nominees")
    subject: Mapped[Subject] = relationship()


class Proposal(Base):
    __tablename__ = "proposals"

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"), index=True)
    nominee_id: Mapped[int] = mapped_column(ForeignKey("dossier_nominees.id", ondelete="CASCADE"), index=True)
    award: Mapped[str] = mapped_column(String(60))
    year: Mapped[int]
    position: Mapped[int] = mapped_column(default=0)
    form: Mapped[dict[str, Any] | None] = mapped_column(default=None)  # the guided form's values; None: absent
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)

    dossier: Mapped[Dossier] = relationship(back_populates="proposals")
    nominee: Mapped[DossierNominee] = relationship()


class DossierDocument(Base):
    """A component present in the dossier: the file is a content-addressed attachment (or a name only)."""

    __tablename__ = "dossier_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"), index=True)
    component: Mapped[str] = mapped_column(String(40))
    nominee_id: Mapped[int | None] = mapped_column(ForeignKey("dossier_nominees.id", ondelete="CASCADE"))
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachments.id"))
    file: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str | None] = mapped_column(String(64))
    position: Mapped[int] = mapped_column(default=0)
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)

    nominee: Mapped[DossierNominee | None] = relationship()
    attachment: Mapped[Attachment | None] = relationship()


class DossierRevision(Base):
    """A frozen, read-only revision: the canonical dossier.json bytes as they were when exported or returned."""

    __tablename__ = "dossier_revisions"
    __table_args__ = (UniqueConstraint("dossier_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    dossier_id: Mapped[int] = mapped_column(ForeignKey("dossiers.id", ondelete="CASCADE"), index=True)
    number: Mapped[int]
    status: Mapped[str] = mapped_column(String(20))
    frozen_at: Mapped[datetime] = mapped_column(default=utcnow)
    reason: Mapped[str] = mapped_column(String(300), default="")
    content: Mapped[bytes]  # canonical dossier.json
    sha256: Mapped[str] = mapped_column(String(64))
