"""Official documents per Nghị định 30/2020: A4 page frame, NĐ 98/152 forms, deterministic PDF (ReportLab) and DOCX.

Takes a `desktop.snapshot.Dossier` and a pure `RenderContext`; imports neither Qt nor SQLAlchemy.
"""

from __future__ import annotations

from desktop.documents.context import (
    Margins,
    Meeting,
    Person,
    Posting,
    RenderContext,
    Signer,
    context_from_dossier,
)
from desktop.documents.numbering import TYPE_CODES, document_number
from desktop.documents.render import (
    ALL_PDF,
    RenderedDocument,
    join_all,
    planned_documents,
    render_all,
    render_component,
    render_dossier,
)

__all__ = [
    "ALL_PDF",
    "TYPE_CODES",
    "Margins",
    "Meeting",
    "Person",
    "Posting",
    "RenderContext",
    "RenderedDocument",
    "Signer",
    "context_from_dossier",
    "document_number",
    "join_all",
    "planned_documents",
    "render_all",
    "render_component",
    "render_dossier",
]
