"""Journey (d): undo in Sổ đối tượng stays with the person on the screen.

Before the fix the registry had one undo stack for everybody: the second Hoàn tác silently undid another person's
edit (an initiative's decision number of someone whose dossier was already signed)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.views.main_window import REGISTRY_PAGE


def _open_person(clerk, reg, name: str) -> None:
    row = next(i for i in range(reg.list.count()) if reg.list.item(i).text().startswith(name))
    clerk.row(reg.list, row)
    assert reg.page.title.text().startswith(f"<b>{name}</b>")


def test_undo_in_the_registry_never_touches_another_person(qtbot, folder, open_app) -> None:
    w, ws, clerk = open_app(folder)
    clerk.press_button("Xem thử với dữ liệu mẫu")
    clerk.menu("Sổ đối tượng", "Mở sổ đối tượng")
    assert w.pages.currentIndex() == REGISTRY_PAGE
    reg = w.registry
    assert reg.undo_button.text() == "Hoàn tác" and not reg.undo_button.isEnabled()

    people = [ws.subject(int(reg.list.item(i).data(Qt.ItemDataRole.UserRole))) for i in range(reg.list.count())]
    with_initiative = next(p for p in people if p.kind == "individual" and p.history.get("initiatives"))
    other = next(p for p in people if p.kind == "individual" and p.name != with_initiative.name)

    # Person A: a position typed and committed.
    _open_person(clerk, reg, other.name)
    clerk.click_field("Chức vụ", reg)
    clerk.select_all()
    clerk.type("Chuyên viên chính")
    clerk.tab()
    assert reg.undo_button.text() == "Hoàn tác: sửa «Chức vụ»"

    # Person B: an initiative's decision number, edited in its cell.
    _open_person(clerk, reg, with_initiative.name)
    assert not reg.undo_button.isEnabled() and reg.undo_button.text() == "Hoàn tác"  # B has nothing to undo yet
    tabs = reg.page.tabs
    clerk.click(tabs.tabBar(), tabs.tabBar().tabRect(tabs.indexOf(reg.page.tables["initiatives"])).center())
    table = reg.page.tables["initiatives"]
    column = next(i for i, f in enumerate(table.model.columns) if f.key == "decision")
    clerk.row(table.view, 0, column, double=True)
    clerk.select_all()
    clerk.type("27/QĐ-UBND")
    clerk.enter()
    assert table.model.index(0, column).data() == "27/QĐ-UBND"
    assert reg.undo_button.text() == "Hoàn tác: sửa «Số quyết định»"

    # Back on A: Hoàn tác takes back A's edit, and then there is nothing more to undo for A.
    _open_person(clerk, reg, other.name)
    clerk.click(tabs.tabBar(), tabs.tabBar().tabRect(0).center())
    assert reg.undo_button.text() == "Hoàn tác: sửa «Chức vụ»"
    clerk.click(reg.undo_button)
    assert clerk.field("Chức vụ", reg).text() == (other.values.get("position") or "")
    assert not reg.undo_button.isEnabled() and reg.undo_button.text() == "Hoàn tác"
    clerk.key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the shortcut does nothing either
    b = next(p for p in (ws.subject(int(reg.list.item(i).data(Qt.ItemDataRole.UserRole)))
                         for i in range(reg.list.count())) if p.name == with_initiative.name)
    assert b.history["initiatives"][0]["decision"] == "27/QĐ-UBND", "another person's edit was undone"

    # B's own undo is still there, named, when B is on the screen.
    _open_person(clerk, reg, with_initiative.name)
    assert reg.undo_button.text() == "Hoàn tác: sửa «Số quyết định»"
