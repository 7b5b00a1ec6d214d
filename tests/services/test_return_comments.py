"""A reviewer's comments, written in dossier.json's terms, land on the fields the clerk edits."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from desktop.models import Dossier
from desktop.paths import data_paths
from desktop.services import demo, editing, issue_targets
from desktop.store.database import open_store


def test_return_comments_point_at_the_editor_fields(tmp_path: Path) -> None:
    store = open_store(data_paths(tmp_path / "data"))
    demo.fill_demo(store)
    st = editing.state(store, 2)
    person = next(p for p in st.proposals if p.kind == "individual")
    with store.write() as s:
        d = s.scalars(select(Dossier).where(Dossier.id == 2)).one()
        d.extra = {**d.extra, "return_comments": [
            {"nominee_id": person.nominee_ref, "field": "form.achievements", "comment": "Ghi rõ số liệu năm 2025"},
            {"nominee_id": person.nominee_ref, "field": "full_name", "comment": "Họ tên không khớp CCCD"},
            {"nominee_id": None, "field": "nominees[0].full_name", "comment": "Kiểm tra lại họ tên"},
            {"nominee_id": None, "field": None, "comment": "Bổ sung biên bản họp"},
        ]}
    st = editing.state(store, 2)
    targets = [issue_targets.comment_target(st, c) for c in st.comments]
    assert (targets[0].page, targets[0].proposal_id, targets[0].field) == ("proposal", person.id, "achievements")
    assert (targets[1].page, targets[1].nominee_ref, targets[1].field) == ("nominee", person.nominee_ref,
                                                                           "display_name")
    assert (targets[2].page, targets[2].field) == ("nominee", "display_name")
    assert (targets[3].page, targets[3].field) == ("dossier", None)
    store.close()
