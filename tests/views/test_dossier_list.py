"""The dossier list as a clerk uses it: find by name without diacritics, filter, sort by given name, bin, restore."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import Qt

from desktop.paths import data_paths
from desktop.services.workspace import Workspace
from desktop.store.database import open_store
from desktop.views.dossier_table_model import COLUMNS, DossierTableModel
from desktop.views.main_window import MainWindow


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    store = open_store(data_paths(tmp_path / "data"))
    ws = Workspace(store)
    yield ws
    store.close()


@pytest.fixture
def demo_window(qtbot, workspace: Workspace) -> MainWindow:  # type: ignore[no-untyped-def]
    workspace.fill_demo()
    for title in ("Khen thưởng chuyên đề phòng chống bão lụt", "Đề nghị Giấy khen năm 2026"):
        workspace.create_dossier(title)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    return window


def visible_titles(window: MainWindow) -> list[str]:
    m = window.model
    return [m.data(m.index(r, COLUMNS.index("title"))) for r in range(m.rowCount())]


def test_model_passes_qt_model_tester(qtmodeltester, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    workspace.fill_demo()
    model = DossierTableModel()
    model.set_rows(workspace.list_dossiers())
    qtmodeltester.check(model, force_py=True)


def test_empty_folder_shows_what_to_do_first(qtbot, workspace: Workspace) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentWidget() is window.empty
    assert window.empty.isVisible()
    window.load_demo()
    assert window.pages.currentWidget() is not window.empty
    assert window.model.rowCount() == 2


def test_search_without_diacritics_finds_titles_and_people(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    demo_window.search.setText("bao lut")
    qtbot.waitUntil(lambda: demo_window.model.rowCount() == 1)
    assert visible_titles(demo_window) == ["Khen thưởng chuyên đề phòng chống bão lụt"]
    lead = demo_window.workspace.list_dossiers()[-1].lead_name  # a person on a demo dossier
    demo_window.search.setText(lead.lower())
    qtbot.waitUntil(lambda: demo_window.model.rowCount() >= 1 and "bão lụt" not in visible_titles(demo_window)[0])
    demo_window.search.setText("khong co ai ten nay")
    qtbot.waitUntil(lambda: demo_window.model.rowCount() == 0)
    assert demo_window.list_stack.currentWidget() is demo_window.no_match


def test_status_filter(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    ws = demo_window.workspace
    from desktop.services import dossiers

    dossiers.set_status(ws._store, 1, "da-gui")
    demo_window.reload()
    demo_window.status_filter.setCurrentIndex(demo_window.status_filter.findData("da-gui"))
    assert demo_window.model.rowCount() == 1
    assert demo_window.model.row_id(0) == 1


def test_sorting_by_lead_name_follows_given_names(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from desktop.vn.collation import name_key

    demo_window.table.sortByColumn(COLUMNS.index("lead"), Qt.SortOrder.AscendingOrder)
    m = demo_window.model
    leads = [m.data(m.index(r, COLUMNS.index("lead"))) for r in range(m.rowCount())]
    named = [x for x in leads if x]
    assert named == sorted(named, key=name_key)
    assert leads[: len(leads) - len(named)] == [""] * (len(leads) - len(named))  # dossiers with nobody yet first


def test_delete_goes_to_the_bin_and_comes_back(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    before = demo_window.model.rowCount()
    demo_window.table.selectRow(0)
    victim = demo_window.model.row_id(0)
    demo_window.delete_selected()
    assert demo_window.model.rowCount() == before - 1
    assert demo_window.model.row_of(victim) is None
    assert "thùng rác" in demo_window.statusBar().currentMessage()

    demo_window.act_bin.trigger()
    assert demo_window.model.rowCount() == 1 and demo_window.model.row_id(0) == victim
    demo_window.table.selectRow(0)
    demo_window.restore_selected()
    assert demo_window.model.rowCount() == 0
    demo_window.act_bin.trigger()
    assert demo_window.model.row_of(victim) is not None


def test_a_new_dossier_appears_without_reloading(qtbot, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    before = demo_window.model.rowCount()
    new_id = demo_window.workspace.create_dossier("Hồ sơ thử nghiệm")
    assert demo_window.model.rowCount() == before + 1
    assert demo_window.model.row_of(new_id) is not None
    assert demo_window.statusBar().currentMessage().startswith("Đã lưu lúc")


def test_edits_update_rows_in_place_and_keep_the_order(qtbot, qtmodeltester, demo_window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from desktop.services import dossiers

    model = demo_window.model
    qtmodeltester.check(model, force_py=True)  # stays attached: every signal below is checked too
    demo_window.table.sortByColumn(COLUMNS.index("updated"), Qt.SortOrder.DescendingOrder)
    bottom = model.row_id(model.rowCount() - 1)
    demo_window.workspace._done(dossiers.set_status(demo_window.workspace._store, bottom, "da-kiem-tra"))
    assert model.row_id(0) == bottom  # the dossier just edited is now the most recent
    assert model.data(model.index(0, COLUMNS.index("status"))) == "Đã kiểm tra"
    stamps = [demo_window.workspace.rows(frozenset({model.row_id(r)}))[0].updated_at for r in range(model.rowCount())]
    assert stamps == sorted(stamps, reverse=True)

    demo_window.status_filter.setCurrentIndex(demo_window.status_filter.findData("nhap"))
    demo_window.workspace._done(dossiers.set_status(demo_window.workspace._store, model.row_id(0), "da-ky"))
    assert all(model.data(model.index(r, COLUMNS.index("status"))) == "Nháp" for r in range(model.rowCount()))
