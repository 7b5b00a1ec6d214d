"""Persistent data model (SQLAlchemy 2 typed ORM). Qt item models live in desktop/views and say so in their names."""

from desktop.models.attachment import Attachment
from desktop.models.audit import AuditEvent
from desktop.models.base import Base
from desktop.models.campaign import Campaign
from desktop.models.dossier import (
    STATUS_LABELS,
    STATUSES,
    Dossier,
    DossierDocument,
    DossierNominee,
    DossierRevision,
    Proposal,
)
from desktop.models.export import ExportRecord
from desktop.models.history import Discipline, Honour, Initiative, MemberStat, Rating
from desktop.models.inbox import ReceivedPackage, ReturnNoteRecord
from desktop.models.subject import Collective, Household, Person, Subject
from desktop.models.unit import Unit

__all__ = [
    "STATUSES",
    "STATUS_LABELS",
    "Attachment",
    "AuditEvent",
    "Base",
    "Campaign",
    "Collective",
    "Discipline",
    "Dossier",
    "DossierDocument",
    "DossierNominee",
    "DossierRevision",
    "ExportRecord",
    "Honour",
    "Household",
    "Initiative",
    "MemberStat",
    "Person",
    "Proposal",
    "Rating",
    "ReceivedPackage",
    "ReturnNoteRecord",
    "Subject",
    "Unit",
]
