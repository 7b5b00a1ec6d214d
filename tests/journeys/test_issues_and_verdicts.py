"""Journeys through the issues panel and the verdicts: a click lands on its target, scrolled into view and
highlighted; a failing proposal's page says why; nothing is undone into a signed revision."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt

from desktop.views.main_window import EDITOR_PAGE, LIST_PAGE

TITLES = "Đề nghị công nhận danh hiệu thi đua năm 2025"
HIGHER = "Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen, Tập thể lao động xuất sắc năm 2025"


def _open(w, clerk, title: str):
    if w.pages.currentIndex() != LIST_PAGE:
        clerk.press_button("Xem thử với dữ liệu mẫu")
    row = next(r for r in range(w.model.rowCount()) if w.model.index(r, 1).data() == title)
    clerk.row(w.table, row, 1, double=True)
    assert w.pages.currentIndex() == EDITOR_PAGE
    return w.editor


def _on_screen(widget, scroll) -> bool:
    top_left = widget.mapTo(scroll.viewport(), widget.rect().topLeft())
    return scroll.viewport().rect().intersects(QRect(top_left, widget.size()))


def test_a_missing_component_click_scrolls_to_the_attachments(qtbot, folder, open_app) -> None:
    w, _ws, clerk = open_app(folder)
    editor = _open(w, clerk, TITLES)
    issues = editor.issues
    model = issues.model
    row = next(i for i in range(model.rowCount())
               if model.row_at(i).kind == "missing" and model.row_at(i).target.nominee_ref)
    text = model.row_at(row).text
    clerk.row(issues.view, row)
    pp = editor.proposal_page
    assert editor.pages.currentWidget() is pp
    panel = pp.attachments
    assert _on_screen(panel, pp.scroll), "the attachments are not scrolled into view"
    assert panel.component.currentData() == model.row_at(issues.view.currentIndex().row()).target.component
    assert clerk.focus() is panel.component
    assert panel.property("flash") is True
    qtbot.waitUntil(lambda: panel.property("flash") is False, timeout=3000)  # the highlight fades
    assert issues.view.currentIndex().data() == text  # the panel keeps its place through the re-judge


def test_a_field_issue_click_focuses_and_shows_the_field(qtbot, folder, open_app) -> None:
    w, _ws, clerk = open_app(folder)
    editor = _open(w, clerk, TITLES)
    p = editor.state.proposals[0]
    clerk.tree_item(editor.tree, editor.state.ruleset.awards[p.award].name)
    field = clerk.click_field("Thành tích đạt được")
    clerk.select_all()
    clerk.key(Qt.Key.Key_Delete)
    clerk.tab()  # a required narrative left empty: the panel names it
    model = editor.issues.model
    qtbot.waitUntil(lambda: any(model.row_at(i).target and model.row_at(i).target.field == "achievements"
                                for i in range(model.rowCount())), timeout=5000)
    clerk.tree_item(editor.tree, "Thông tin hồ sơ")
    row = next(i for i in range(model.rowCount())
               if model.row_at(i).target and model.row_at(i).target.field == "achievements")
    clerk.row(editor.issues.view, row)
    assert editor.pages.currentWidget() is editor.proposal_page
    assert clerk.focus() is field
    assert _on_screen(field, editor.proposal_page.scroll)
    assert field.property("flash") is True


def test_a_failing_proposal_page_says_why(qtbot, folder, open_app) -> None:
    w, _ws, clerk = open_app(folder)
    editor = _open(w, clerk, HIGHER)
    failing = next(res for res in editor.state.report.proposals if res.verdict == "khong-dat")
    clerk.tree_item(editor.tree, failing.nominee_name)
    clerk.tree_item(editor.tree, "✘")
    reasons = editor.proposal_page.reasons
    assert reasons.isVisible()
    assert reasons.text().startswith("Vì sao không đạt:")
    for rule in failing.decisive:
        assert rule.message in reasons.text() and rule.basis in reasons.text()
    passing = next(res for res in editor.state.report.proposals if res.verdict == "dat")
    clerk.tree_item(editor.tree, passing.nominee_name)
    clerk.tree_item(editor.tree, "✔")
    assert not reasons.isVisible()


def test_nothing_is_undone_into_a_signed_revision(qtbot, folder, open_app) -> None:
    w, ws, clerk = open_app(folder)
    editor = _open(w, clerk, HIGHER)
    field = clerk.click_field("Tên hồ sơ")
    clerk.key(Qt.Key.Key_End)
    clerk.type(" (bản chính)")
    clerk.enter()
    assert editor.act_undo.text() == "Hoàn tác: sửa «Tên hồ sơ»"
    if not editor.state.report.complete:  # the demo's Bằng khen dossier is complete; signing needs that
        raise AssertionError(editor.state.report.checklist)
    clerk.press_tool("Đã kiểm tra")
    clerk.press_tool("Đã ký")
    assert "Đã ký" in editor.status_label.text()
    assert not editor.act_undo.isEnabled()
    assert "đã ký" in editor.act_undo.toolTip()
    clerk.click(field) if field.isEnabled() else None
    clerk.key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ws.dossier_state(editor.dossier_id).title.endswith("(bản chính)")
