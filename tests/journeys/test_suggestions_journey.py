"""Journey: Sổ đối tượng › Đề xuất khen thưởng cuối năm: the screen fills from a worker, the clerk filters to
Chiến sĩ thi đua cơ sở "đạt", reads the reasons, ticks with Space, creates the dossier and lands in its editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.views.main_window import EDITOR_PAGE, SUGGEST_PAGE


def _choose(clerk, combo, text: str) -> None:
    """Open the drop-down with a click and pick the entry with the arrow keys and Enter."""
    clerk.click(combo)
    clerk.wait_until(lambda: combo.view().isVisible(), 2000)
    target = combo.findText(text)
    assert target >= 0, f"no «{text}» in {[combo.itemText(i) for i in range(combo.count())]}"
    while combo.view().currentIndex().row() != target:
        step = Qt.Key.Key_Down if combo.view().currentIndex().row() < target else Qt.Key.Key_Up
        clerk.key(step)
    clerk.enter()
    clerk.wait_until(lambda: not combo.view().isVisible(), 2000)
    assert combo.currentText() == text


def test_filter_tick_create_and_land_in_the_new_dossier(qtbot, folder, open_app) -> None:
    w, ws, clerk = open_app(folder)
    clerk.press_button("Xem thử với dữ liệu mẫu")
    clerk.menu("Sổ đối tượng", "Đề xuất khen thưởng cuối năm")
    assert w.pages.currentIndex() == SUGGEST_PAGE
    page = w.pages.widget(SUGGEST_PAGE)
    assert page.title.text() == "Đề xuất khen thưởng năm 2025"
    clerk.wait_until(lambda: page.result is not None and page.model.rowCount() > 0, 15000)
    assert clerk.focus() is page.table
    texts = clerk.texts(page)
    assert "Lao động tiên tiến" in texts and "Còn thiếu" in texts
    assert "còn thiếu 01 sáng kiến được công nhận phạm vi cấp tỉnh trở lên trong chuỗi 2021–2024" in texts
    assert page.stats.text() == "Chưa chọn đề nghị nào" or page.stats.text().startswith("Đã chọn 0 đề nghị")

    _choose(clerk, page.award_filter, "Chiến sĩ thi đua cơ sở")
    _choose(clerk, page.status_filter, "Đạt")
    rows = page.model.rows
    assert len(rows) == 4 and {page.model.index(r, 5).data() for r in range(4)} == {"Đạt"}
    names = [page.model.index(r, 1).data() for r in range(4)]

    clerk.row(page.table, 0, 1)
    assert clerk.focus() is page.table
    reasons = page.reasons.toPlainText()
    assert reasons.startswith(f"{names[0]} — Chiến sĩ thi đua cơ sở: Đạt")
    assert "[Đạt] " in reasons

    clerk.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # every visible row
    clerk.key(Qt.Key.Key_Space)
    assert len(page.model.ticked) == 4
    assert page.stats.text().startswith("Đã chọn 4 đề nghị: 4 cá nhân (")
    assert "Chiến sĩ thi đua cơ sở: 04 đề nghị; tỉ lệ trên Lao động tiên tiến không áp dụng" in page.limits.text()
    assert "[L: " in page.limits.text()

    clerk.press_button("Tạo hồ sơ", page)
    assert w.pages.currentIndex() == EDITOR_PAGE
    editor = w.editor
    assert clerk.focus() is editor.tree
    shown = clerk.texts(editor)
    assert "Đề nghị Chủ tịch Ủy ban nhân dân cấp xã khen thưởng năm 2025" in shown
    for name in names:
        assert name in shown
    state = ws.dossier_state(editor.dossier_id)
    assert sorted(p.award for p in state.proposals) == ["cstd-co-so"] * 4
    assert all(p.verdict == "dat" for p in state.report.proposals)
    assert QApplication.activeModalWidget() is None


def test_a_row_one_step_short_opens_the_subjects_history(qtbot, folder, open_app) -> None:
    from desktop.views.main_window import REGISTRY_PAGE

    w, _ws, clerk = open_app(folder)
    clerk.press_button("Xem thử với dữ liệu mẫu")
    clerk.menu("Sổ đối tượng", "Đề xuất khen thưởng cuối năm")
    page = w.pages.widget(SUGGEST_PAGE)
    clerk.wait_until(lambda: page.result is not None and page.model.rowCount() > 0, 15000)
    _choose(clerk, page.status_filter, "Còn thiếu")
    _choose(clerk, page.award_filter, "Chiến sĩ thi đua cấp tỉnh")
    assert page.model.rowCount() == 4
    clerk.row(page.table, 2, 7)
    name = page.model.index(2, 1).data()
    assert page.reasons.toPlainText().startswith(f"{name} — Chiến sĩ thi đua cấp tỉnh: Còn thiếu\n• còn thiếu 01 sáng "
                                                 "kiến được công nhận phạm vi cấp tỉnh trở lên trong chuỗi 2021–2024")
    clerk.press_button("Mở lịch sử đối tượng để bổ sung", page)
    assert w.pages.currentIndex() == REGISTRY_PAGE
    assert w.registry.page.title.text().startswith(f"<b>{name}</b>")
    tabs = w.registry.page.tabs
    assert tabs.isVisible() and any(tabs.tabText(i).startswith("Sáng kiến") for i in range(tabs.count()))
    assert clerk.focus() is w.registry.search
