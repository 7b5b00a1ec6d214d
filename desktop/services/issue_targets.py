"""Where an issue or a reviewer's comment points in the editor: a page, a nominee, a proposal and a field.

Issues and return notes speak dossier.json ("proposals[2].form.duties", "full_name"); the editor's pages and widgets
have their own names. This maps one to the other, as pure functions over a DossierState.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.services.editing import Comment, DossierState



@dataclass(frozen=True)
class Target:
    """Where an issue or a comment points in the editor."""

    page: str  # dossier | nominee | proposal | documents
    nominee_ref: str | None = None
    proposal_id: int | None = None
    field: str | None = None
    component: str | None = None
    row: int | None = None  # a history table's row (nominees[0].ratings[2] → field "ratings", row 2)


_NAME_KEYS = frozenset({"full_name", "name", "head_name"})


def editor_field(field: str | None) -> str | None:
    """A field as the editor's widgets name it. Return notes and issues speak dossier.json (`form.achievements`,
    `full_name`); the guided form and the registry call the same fields `achievements` and `display_name`."""
    if not field or "[" in field:
        return field  # a full path: `locate` reads it
    if field.startswith("form."):
        return field[len("form."):]
    return "display_name" if field in _NAME_KEYS else field


def locate(st: DossierState, where: str) -> Target:
    """Map a dossier.json path ("proposals[2].form.duties", "nominees[0].national_id") to the editor."""
    m = re.match(r"^(proposals|nominees|documents)\[(\d+)\](?:\.(?:form\.)?([a-z_]+)(?:\[(\d+)\])?)?", where)
    if not m:
        return Target("dossier", field=None)
    kind, index, key = m[1], int(m[2]), m[3]
    row = int(m[4]) if m[4] is not None else None
    if kind == "proposals" and index < len(st.proposals):
        p = st.proposals[index]
        return Target("proposal", p.nominee_ref, p.id, key)
    if kind == "nominees" and index < len(st.nominees):
        return Target("nominee", st.nominees[index].ref, None, editor_field(key), row=row)
    if kind == "documents" and index < len(st.documents):
        doc = st.documents[index]
        return Target("documents", doc.nominee_ref, component=doc.component)
    return Target("dossier")


def comment_target(st: DossierState, c: Comment) -> Target:
    if c.field and "[" in c.field:
        return locate(st, c.field)
    if c.nominee_ref:
        props = [p for p in st.proposals if p.nominee_ref == c.nominee_ref]
        if c.field and props and any(f.key == c.field for f in st.shown_fields(props[0])):
            return Target("proposal", c.nominee_ref, props[0].id, c.field)
        return Target("nominee", c.nominee_ref, None, c.field)
    return Target("dossier", field=c.field)
