"""`hskt check` and the editor's issues panel are one judge: on 20 dossiers made from the demo's complete one with
fields removed at random, the command's JSON and the panel's rows name the same errors at the same paths, and every
removed field is among them."""

from __future__ import annotations

import dataclasses
import json
import random
from pathlib import Path
from typing import Any

import pytest

from desktop import snapshot as snap
from desktop.cli import main
from desktop.paths import data_paths
from desktop.services import demo
from desktop.services.dossiers import add_snapshot, load_snapshot
from desktop.services.workspace import Workspace
from desktop.store.database import open_store
from desktop.views.issues_panel import IssuesPanel

COMPLETE = 2  # the demo's Bằng khen dossier: every printed field present
MEETING_KEYS = ("date", "start_time", "end_time", "place", "members_total", "members_present", "attendees",
                "conclusion", "counting_committee")
PERSON_KEYS = ("birth_date", "gender", "national_id", "ethnicity", "position", "workplace", "hometown", "residence",
               "education")


def _remove(d: snap.Dossier, rng: random.Random) -> tuple[snap.Dossier, set[str]]:
    """Take 1–4 fields out of the dossier; returns it and the paths the judge must name."""
    extra = json.loads(json.dumps(d.extra))
    nominees = list(d.nominees)
    proposals = list(d.proposals)
    paths: set[str] = set()
    for _ in range(rng.randint(1, 4)):
        what = rng.choice(("meeting", "chair", "vote", "letter", "posting", "report", "person", "form"))
        if what == "meeting":
            key = rng.choice(MEETING_KEYS)
            if extra["meeting"].pop(key, None) is not None:
                paths.add(f"meeting.{key}")
        elif what == "chair":
            who = rng.choice(("chair", "secretary"))
            if extra["meeting"].pop(who, None) is not None:
                paths.add(f"meeting.{who}.name")
        elif what == "vote":
            votes = extra["meeting"]["votes"]
            if votes:
                gone = votes.pop(rng.randrange(len(votes)))
                i = next(i for i, p in enumerate(proposals)
                         if (p.nominee_id, p.award) == (gone["nominee_id"], gone["award"]))
                paths.add(f"proposals[{i}].vote")
        elif what == "letter":
            if extra["letter"].pop("recipient", None) is not None:
                paths.add("letter.recipient")
        elif what == "posting":
            key = rng.choice(("from", "to", "place"))
            if extra["posting"].pop(key, None) is not None:
                paths.add(f"posting.{key}")
        elif what == "report":
            if extra.pop("report_date", None) is not None:
                paths.add("report_date")
        elif what == "person":
            people = [i for i, n in enumerate(nominees) if n.kind == "individual"]
            i = rng.choice(people)
            key = rng.choice(PERSON_KEYS)
            if getattr(nominees[i], key) is not None:
                nominees[i] = dataclasses.replace(nominees[i], **{key: None})
                paths.add(f"nominees[{i}].{key}")
        else:
            i = rng.randrange(len(proposals))
            form = dict(proposals[i].extra.get("form") or {})
            key = rng.choice(sorted(form)) if form else None
            if key in ("duties", "achievements"):
                form.pop(key)
                proposals[i] = dataclasses.replace(proposals[i], extra={**proposals[i].extra, "form": form})
                paths.add(f"proposals[{i}].form.{key}")
    if "members_present" in paths or "meeting.members_present" in paths:
        paths.discard("meeting.absent")
    return dataclasses.replace(d, extra=extra, nominees=tuple(nominees), proposals=tuple(proposals)), paths


def _panel_rows(panel: IssuesPanel) -> list[tuple[str, str, str]]:
    """The rows under the panel's "Lỗi (n)" and "Cảnh báo (n)" heads, with the path each one's tooltip names."""
    model = panel.model
    out, section = [], None
    for i in range(model.rowCount()):
        r = model.row_at(i)
        if r.kind == "head":
            section = "error" if r.text.startswith("Lỗi (") else "warning" if r.text.startswith("Cảnh báo (") else None
        elif section is not None:
            assert r.kind == section
            out.append((section, r.tooltip, r.text))
    return sorted(out)


def test_check_and_panel_agree_on_20_dossiers_with_fields_removed(qtbot: Any, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "data"
    store = open_store(data_paths(folder))
    demo.fill_demo(store)
    base = load_snapshot(store, COMPLETE)
    made: dict[int, set[str]] = {}
    with store.write() as s:
        for seed in range(20):
            d, removed = _remove(base, random.Random(seed))
            made[add_snapshot(s, d, title=f"Hồ sơ thử {seed}").id] = removed
    store.close()
    assert sum(len(p) for p in made.values()) >= 30  # the 20 dossiers lack enough fields to mean something

    from_cli: dict[int, list[tuple[str, str, str]]] = {}
    for dossier_id in made:
        assert main(["--data-dir", str(folder), "check", str(dossier_id), "--json"]) == 1
        report = json.loads(capsys.readouterr().out)
        from_cli[dossier_id] = sorted((i["severity"], i["where"], i["message"]) for i in report["issues"]
                                      if i["severity"] in ("error", "warning"))

    ws = Workspace(open_store(data_paths(folder)))
    panel = IssuesPanel()
    qtbot.addWidget(panel)
    for dossier_id, removed in made.items():
        panel.show_state(ws.dossier_state(dossier_id))
        shown = _panel_rows(panel)
        assert shown == from_cli[dossier_id], dossier_id
        named = {where for kind, where, _text in shown if kind == "error"}
        assert removed <= named, (dossier_id, removed - named)
