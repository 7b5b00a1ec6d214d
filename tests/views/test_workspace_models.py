"""The workspace's item models under QAbstractItemModelTester, and the background task runner."""

from __future__ import annotations

from pathlib import Path

from desktop.paths import data_paths
from desktop.services.workspace import Workspace
from desktop.store.database import open_store
from desktop.views.history_table import HistoryTableModel
from desktop.views.issues_panel import IssuesListModel, rows_for
from desktop.views.main_window import MainWindow


def test_issues_model(qtmodeltester, tmp_path: Path) -> None:
    ws = Workspace(open_store(data_paths(tmp_path / "d").ensure()))
    ws.fill_demo()
    st = ws.dossier_state(ws.list_dossiers()[0].id)
    model = IssuesListModel()
    model.set_rows(rows_for(st))
    qtmodeltester.check(model)
    assert model.rowCount() > len(st.proposals)


def test_history_model(qtmodeltester) -> None:
    model = HistoryTableModel("honours")
    model.set_rows([{"year": 2024, "award": "lao-dong-tien-tien", "decision": "12/QĐ-UBND", "decision_date": None,
                     "issuer": "Chủ tịch UBND xã"}])
    qtmodeltester.check(model)
    edits: list[tuple[list, list]] = []
    refused: list[str] = []
    model.rows_edited.connect(lambda old, new: edits.append((old, new)))
    model.refused.connect(refused.append)
    assert not model.setData(model.index(0, 3), "31/02/2024")
    assert "không có thật" in refused[0]
    assert model.setData(model.index(0, 3), "20/12/2024")
    assert edits[0][1][0]["decision_date"].isoformat() == "2024-12-20"


def test_import_runs_off_the_gui_thread_with_progress(qtbot, tmp_path: Path) -> None:
    from tests.services.test_spreadsheets import build_list

    ws = Workspace(open_store(data_paths(tmp_path / "d").ensure()))
    w = MainWindow(ws)
    qtbot.addWidget(w)
    src = tmp_path / "ds.xlsx"
    build_list(src, rows=100, bad=4)
    w.import_xlsx(str(src))
    task = w.task
    assert task.thread.isRunning() or task.wait(0) is not None
    with qtbot.waitSignal(task.done, timeout=60000):
        pass
    result = w.last_import
    assert (result.imported, result.rejected) == (96, 4)
    assert "4 dòng không nhập được" in w.import_box.text()
    assert (tmp_path / "ds-loi.xlsx").is_file()
