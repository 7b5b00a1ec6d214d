"""Journey (b): a clerk edits twenty fields of a demo dossier in a row and never leaves the editor.

Before the fix every committed edit (Tab or Enter in a field, Thêm dòng, adding a nominee, attaching a file, editing
a registry person who is in a dossier) threw the clerk back to the dossier list, and Hoàn tác was greyed out."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from desktop.views.main_window import EDITOR_PAGE, LIST_PAGE, REGISTRY_PAGE
from tests.views.helpers import make_pdf

TITLES = "Đề nghị công nhận danh hiệu thi đua năm 2025"


def _open_demo_dossier(w, clerk):
    clerk.press_button("Xem thử với dữ liệu mẫu")
    assert w.pages.currentIndex() == LIST_PAGE
    assert TITLES in clerk.texts(w.table)
    row = next(r for r in range(w.model.rowCount()) if w.model.index(r, 1).data() == TITLES)
    clerk.row(w.table, row, 1, double=True)
    assert w.pages.currentIndex() == EDITOR_PAGE
    editor = w.editor
    assert editor.pages.currentWidget() is editor.dossier_page
    return editor


def _still_here(w, editor, page, item_text: str) -> None:
    assert w.pages.currentIndex() == EDITOR_PAGE, "the edit threw the clerk out of the editor"
    assert editor.pages.currentWidget() is page
    assert item_text in editor.tree.currentItem().text(0)
    assert not w.main_toolbar.isVisible()  # the list's toolbar belongs to the list
    assert editor.toolbar.isVisible()


def test_twenty_edits_in_a_row_stay_in_the_editor(qtbot, folder, open_app, tmp_path: Path) -> None:
    w, ws, clerk = open_app(folder)
    editor = _open_demo_dossier(w, clerk)
    nominee = editor.state.nominees[0]
    edits = 0

    # The nominee's record: line fields, each committed with Tab or Enter, the focus moving on.
    clerk.tree_item(editor.tree, nominee.name)
    page = editor.subject_page
    _still_here(w, editor, page, nominee.name)
    for label, text, commit in (
        ("Chức vụ", "Phó Chủ tịch Hội Phụ nữ xã", "tab"),
        ("Đơn vị công tác", "Hội Liên hiệp Phụ nữ xã Tân Lập", "enter"),
        ("Quê quán", "Xã Tân Lập, tỉnh Bắc Ninh", "tab"),
        ("Nơi thường trú", "Thôn Đông, xã Tân Lập", "enter"),
        ("Trình độ chuyên môn", "Cử nhân Luật", "tab"),
        ("Dân tộc", "Kinh", "tab"),
        ("Ngày tuyển dụng", "01032012", "enter"),  # typed without separators, read as 01/03/2012
    ):
        field = clerk.click_field(label)
        clerk.select_all()
        clerk.type(text)
        before = field
        clerk.tab() if commit == "tab" else clerk.enter()
        edits += 1
        _still_here(w, editor, page, nominee.name)
        assert clerk.focus() is not before and clerk.focus() is not None, f"focus did not move on after «{label}»"
        shown = before.text() if isinstance(before, QLineEdit) else ""
        assert shown == ("01/03/2012" if label == "Ngày tuyển dụng" else text)
        assert "Đã lưu" in editor.saved_label.text() or "Chưa lưu" not in editor.saved_label.text()
    assert ws.subject(page.subject_id).values["position"] == "Phó Chủ tịch Hội Phụ nữ xã"
    assert str(ws.subject(page.subject_id).values["hired_on"]) == "2012-03-01"

    # A history row: Thêm dòng, then the rating picked in its cell.
    clerk.click(page.tabs.tabBar(), page.tabs.tabBar().tabRect(1).center())
    ratings = page.tables["ratings"]
    assert page.tabs.currentWidget() is ratings
    years = [r["year"] for r in ratings.model.rows()]
    clerk.press_button("Thêm dòng", ratings)
    _still_here(w, editor, page, nominee.name)
    draft = ratings.model.draft
    assert draft is not None and draft["year"] not in years and draft["rating"] is None
    # The rating cell's editor is open; pick a value with the keyboard, as in a drop-down.
    combo = clerk.focus()
    assert combo is not None and combo.metaObject().className() == "QComboBox"
    clerk.key(Qt.Key.Key_Down)
    clerk.enter()
    edits += 1
    _still_here(w, editor, page, nominee.name)
    qtbot.waitUntil(lambda: draft["year"] in [r["year"] for r in ws.subject(page.subject_id).history["ratings"]])
    assert ratings.model.draft is None

    # The proposal's guided form: paragraphs, each left with Tab.
    p = next(p for p in editor.state.proposals if p.nominee_ref == nominee.ref)
    award = editor.state.ruleset.awards[p.award].name
    clerk.tree_item(editor.tree, award)
    pp = editor.proposal_page
    _still_here(w, editor, pp, award)
    for label in ("Quyền hạn, nhiệm vụ", "Thành tích đạt được", "Biện pháp, giải pháp", "Tên danh hiệu"):
        field = clerk.click_field(label)
        clerk.select_all()
        text = f"Nội dung mới cho «{label}»: đoạn văn gõ thử, có dấu tiếng Việt."
        clerk.type(text)
        clerk.tab()
        edits += 1
        _still_here(w, editor, pp, award)
        shown = field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()
        assert shown == text
        assert clerk.focus() is not field
    qtbot.waitUntil(lambda: editor.state.proposal(p.id).form.get("measures", "").startswith("Nội dung mới"))

    # An attachment dropped on the proposal's components.
    panel = pp.attachments
    panel.component.setCurrentIndex(panel.component.findData("bao-cao-thanh-tich"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(make_pdf(tmp_path / "bao-cao.pdf", 2, "Báo cáo")))])
    panel.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
                               Qt.KeyboardModifier.NoModifier))
    edits += 1
    _still_here(w, editor, pp, award)
    assert "2 trang" in clerk.texts(panel)

    # The dossier's own fields.
    clerk.tree_item(editor.tree, "Thông tin hồ sơ")
    dp = editor.dossier_page
    for label, text in (("Tên hồ sơ", "Đề nghị công nhận danh hiệu thi đua năm 2025 (bản sửa)"),
                        ("Đợt xét", "Tổng kết công tác năm 2025")):
        field = clerk.click_field(label)
        clerk.select_all()
        clerk.type(text)
        clerk.enter()
        edits += 1
        _still_here(w, editor, dp, "Thông tin hồ sơ")
        assert field.text() == text

    # Back on another nominee: more line fields.
    other = editor.state.nominees[1]
    clerk.tree_item(editor.tree, other.name)
    tabs = editor.subject_page.tabs
    assert tabs.currentIndex() == 1  # the tab the clerk was on stays, for comparing people's history
    clerk.click(tabs.tabBar(), tabs.tabBar().tabRect(0).center())
    for label, text in (("Chức vụ", "Công chức Tư pháp - Hộ tịch"), ("Quê quán", "Xã Nội Duệ"),
                        ("Nơi thường trú", "Thôn Nam, xã Tân Lập"), ("Dân tộc", "Tày"),
                        ("Trình độ chuyên môn", "Thạc sĩ")):
        clerk.click_field(label)
        clerk.select_all()
        clerk.type(text)
        clerk.tab()
        edits += 1
        _still_here(w, editor, editor.subject_page, other.name)
    assert edits >= 20

    # Every edit can be taken back from where the clerk is: the menu names what the next undo does.
    assert editor.act_undo.isEnabled()
    assert editor.act_undo.text() == "Hoàn tác: sửa «Trình độ chuyên môn»"
    clerk.press_tool("Hoàn tác")
    _still_here(w, editor, editor.subject_page, other.name)
    assert clerk.field("Trình độ chuyên môn").text() != "Thạc sĩ"

    # The list, when the clerk goes back to it, shows the new title in place.
    clerk.press_tool("← Danh sách")
    assert w.pages.currentIndex() == LIST_PAGE
    assert "Đề nghị công nhận danh hiệu thi đua năm 2025 (bản sửa)" in clerk.texts(w.table)


def test_registry_edit_of_a_person_in_an_open_dossier_keeps_the_registry(qtbot, folder, open_app) -> None:
    w, _ws, clerk = open_app(folder)
    _open_demo_dossier(w, clerk)
    clerk.menu("Sổ đối tượng", "Mở sổ đối tượng")
    assert w.pages.currentIndex() == REGISTRY_PAGE
    reg = w.registry
    clerk.row(reg.list, 0)
    name = reg.list.currentItem().text()
    clerk.click_field("Chức vụ", reg)
    clerk.select_all()
    clerk.type("Chuyên viên chính")
    clerk.tab()
    assert w.pages.currentIndex() == REGISTRY_PAGE
    assert reg.list.currentItem().text() == name
    assert reg.undo_button.isEnabled() and reg.undo_button.text() == "Hoàn tác: sửa «Chức vụ»"
