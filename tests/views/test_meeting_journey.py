"""A clerk types the council's meeting, a vote for every proposal, the counting committee, the posting and the
tờ trình on the editor's new pages, with key events; the issues panel then says the dossier is complete, the
preview is final (no BẢN NHÁP on any page, read with pdftotext), and the export service accepts and signs it."""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from desktop.paths import data_paths
from desktop.services import exporting
from desktop.services.json_io import import_json_file
from desktop.services.workspace import Workspace
from desktop.store.database import open_store
from desktop.views.fields import ChoiceEditor, MultilineEditor
from desktop.views.main_window import MainWindow
from tests.e2e.builders import commune_json
from tests.views.helpers import enter, open_main_window, type_text

if shutil.which("pdftotext") is None:
    pytest.skip("pdftotext (poppler-utils) is not installed", allow_module_level=True)

SECTIONS = ("meeting", "letter", "posting", "report_date")


def _text(pdf: bytes, tmp: Path) -> str:
    f = tmp / "preview.pdf"
    f.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(f), "-"], check=True, capture_output=True)
    return " ".join(unicodedata.normalize("NFC", out.stdout.decode("utf-8")).split())


def _click_tree(qtbot: Any, editor: Any, label: str) -> None:
    tree = editor.tree
    item = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount()) if tree.topLevelItem(i).text(0) == label)
    rect = tree.visualItemRect(item)
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    assert tree.currentItem() is item


def _line(page: Any, key: str, text: str) -> None:
    ed = next(f.editors[key] for f in page.forms if key in f.editors)
    type_text(ed.editor, text)
    enter(ed.editor)


def _paragraph(page: Any, key: str, text: str) -> None:
    ed = next(f.editors[key] for f in page.forms if key in f.editors)
    assert isinstance(ed, MultilineEditor)
    type_text(ed.text, text)
    ed.text.clearFocus()  # leaving a paragraph commits it
    QApplication.processEvents()


def _choose(page: Any, key: str, wanted: str) -> None:
    ed = next(f.editors[key] for f in page.forms if key in f.editors)
    assert isinstance(ed, ChoiceEditor)
    ed.box.setFocus()
    for _ in range(ed.box.count()):
        if ed.box.currentText() == wanted:
            break
        QTest.keyClick(ed.box, Qt.Key.Key_Down)
    assert ed.box.currentText() == wanted


@pytest.fixture
def dossier(tmp_path: Path) -> tuple[Path, int]:
    """The commune's two Chiến sĩ thi đua cơ sở proposals with their certificates, and no meeting, letter or posting."""
    src = commune_json(tmp_path / "src")
    raw = json.loads(src.read_text(encoding="utf-8"))
    raw["ruleset"] = "nd152-2025"  # after 1/7/2025 the commune's chairman decides CSTĐCS: Kính gửi is the commune's
    for key in SECTIONS:
        raw.pop(key, None)
    src.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    folder = data_paths(tmp_path / "data").ensure()
    store = open_store(folder)
    try:
        dossier_id = import_json_file(store, src)
    finally:
        store.close()
    return tmp_path / "data", dossier_id


def test_meeting_votes_and_letter_typed_to_a_final_preview(qtbot: Any, dossier: tuple[Path, int],
                                                           tmp_path: Path) -> None:
    folder, dossier_id = dossier
    w, ws = open_main_window(qtbot, data_paths(folder))
    w.open_editor(dossier_id)
    editor = w.editor
    errors = [i.where for i in editor.state.report.issues if i.severity == "error"]
    assert {"meeting.date", "proposals[0].vote", "proposals[1].vote", "letter.recipient", "posting.to"} <= set(errors)

    # The missing meeting date is a click away: the issue opens the meeting page with the field focused.
    model = editor.issues.model
    row = next(i for i in range(model.rowCount()) if model.row_at(i).tooltip == "meeting.date")
    editor.issues.view.clicked.emit(model.index(row))
    meeting = editor.section_pages["meeting"]
    assert editor.pages.currentWidget() is meeting
    date_editor = meeting.meeting_form.editors["meeting.date"]
    qtbot.waitUntil(lambda: date_editor.editor.hasFocus(), timeout=2000)
    assert "Chưa nhập «Ngày họp»" in date_editor.problem.text()

    # 1. The meeting, field by field; Enter commits and moves to the next field.
    type_text(date_editor.editor, "28/01/2026")
    enter(date_editor.editor)
    qtbot.waitUntil(lambda: meeting.meeting_form.editors["meeting.start_time"].editor.hasFocus(), timeout=2000)
    for key, text in (("meeting.start_time", "14:00"), ("meeting.end_time", "16 giờ 30"),
                      ("meeting.place", "Hội trường UBND xã Tân Lập"), ("meeting.chair.name", "Nguyễn Văn Thành"),
                      ("meeting.chair.title", "Chủ tịch UBND xã, Chủ tịch Hội đồng"),
                      ("meeting.secretary.name", "Đỗ Thị Lan"), ("meeting.secretary.title", "Thư ký Hội đồng"),
                      ("meeting.members_total", "8"), ("meeting.members_present", "7")):
        _line(meeting, key, text)
    _paragraph(meeting, "meeting.attendees", "Nguyễn Văn Thành, Chủ tịch UBND xã\nTrần Văn Đức, Phó Chủ tịch UBND xã\n"
                                             "Lý Văn Hùng, Chủ tịch Ủy ban MTTQ xã\nPhan Thị Ngọc, Chủ tịch Hội LHPN xã\n"
                                             "Đinh Quang Huy, Bí thư Đoàn xã\nTạ Văn Sơn, Chủ tịch Hội Nông dân xã\n"
                                             "Đỗ Thị Lan, Công chức Nội vụ")
    _paragraph(meeting, "meeting.absent", "Mai Thị Hằng, Kế toán; nghỉ phép")
    _paragraph(meeting, "meeting.counting_committee", "Lý Văn Hùng, Chủ tịch Ủy ban MTTQ xã; Trưởng ban\n"
                                                      "Phan Thị Ngọc, Chủ tịch Hội LHPN xã; Ủy viên")
    _paragraph(meeting, "meeting.conclusion", "Hội đồng thống nhất đề nghị công nhận danh hiệu Chiến sĩ thi đua cơ sở.")
    _line(meeting, "report_date", "20/01/2026")

    # 2. A vote for every proposal: agreeing, against, in all; the result follows from the rule set's threshold.
    for i in range(len(editor.state.proposals)):
        for key, text in (("agree", "7"), ("against", "0"), ("total", "7")):
            ed = meeting.votes.editors[(i, key)]
            type_text(ed.editor, text)
            enter(ed.editor)
    qtbot.waitUntil(lambda: all(meeting.votes.results[i].text() == "Đạt" for i in meeting.votes.results), timeout=5000)
    assert "[M]" in meeting.rule_label.text() and "quá một nửa tổng số thành viên" in meeting.rule_label.text()

    # 3. The letter and the posting, on the other page.
    _click_tree(qtbot, editor, "Tờ trình, công khai danh sách")
    letter = editor.section_pages["letter"]
    assert editor.pages.currentWidget() is letter
    _choose(letter, "letter.recipient", "Chủ tịch Ủy ban nhân dân xã Tân Lập")
    _choose(letter, "letter.signer.prefix", "TM. ỦY BAN NHÂN DÂN")
    _line(letter, "letter.signer.title", "chủ tịch")
    _line(letter, "letter.signer.name", "Nguyễn Văn Thành")
    _line(letter, "posting.from", "29/01/2026")
    _line(letter, "posting.to", "04/02/2026")
    _line(letter, "posting.place", "Bảng tin UBND xã Tân Lập")
    _line(letter, "letter.date", "05/02/2026")
    _paragraph(letter, "letter.recipients", "Như trên;\nLưu: VT, VP.")

    # 4. The issues panel: complete, every proposal passes.
    qtbot.waitUntil(lambda: editor.state.report.complete, timeout=10000)
    assert editor.issues.summary.text().startswith("Hồ sơ đầy đủ, mọi đề nghị đạt")
    stored = ws.snapshot(dossier_id).extra
    assert stored["letter"]["signer"] == {"prefix": "TM. ỦY BAN NHÂN DÂN", "title": "CHỦ TỊCH",
                                          "name": "Nguyễn Văn Thành"}
    assert [(v["agree"], v["against"], v["total"], v["result"]) for v in stored["meeting"]["votes"]] == [
        (7, 0, 7, "dat")] * 2
    assert stored["meeting"]["end_time"] == "16:30" and stored["meeting"]["absent"][0]["reason"] == "nghỉ phép"

    # Undo reaches these pages like any other: the last edit (Nơi nhận) goes and comes back.
    editor.act_undo.trigger()
    assert "recipients" not in ws.snapshot(dossier_id).extra["letter"]
    editor.act_redo.trigger()
    assert ws.snapshot(dossier_id).extra["letter"]["recipients"] == ["Như trên;", "Lưu: VT, VP."]

    # 5. The preview is final: no banner, no BẢN NHÁP on any page, and it carries what was typed.
    printout = ws.printout(dossier_id)
    assert not printout.draft and printout.reasons == ()
    text = _text(printout.pdf, tmp_path)
    assert "BẢN NHÁP" not in text
    for expected in ("Kính gửi: Chủ tịch Ủy ban nhân dân xã Tân Lập", "TM. ỦY BAN NHÂN DÂN", "14 giờ 00",
                     "16 giờ 30", "Mai Thị Hằng", "I. BAN KIỂM PHIẾU", "Lý Văn Hùng"):
        assert expected in text, expected

    # 6. The export service accepts it as it stands (the signing dialog is tested elsewhere).
    plan = exporting.plan_export(ws._store, dossier_id)
    assert plan.problems == ()
    w.close()


def test_the_letter_page_names_the_unverified_basis_and_the_clerk_may_replace_it(
        qtbot: Any, dossier: tuple[Path, int], tmp_path: Path) -> None:
    """The căn cứ HSKT prints are on the letter page, with what in them is from memory ([M]); an opening typed in
    «Mở đầu tờ trình» is printed instead of them."""
    folder, dossier_id = dossier
    w, ws = open_main_window(qtbot, data_paths(folder))
    w.open_editor(dossier_id)
    editor = w.editor
    _click_tree(qtbot, editor, "Tờ trình, công khai danh sách")
    letter = editor.section_pages["letter"]
    assert editor.pages.currentWidget() is letter
    note = letter.basis_note
    assert note.isVisible()
    assert "Căn cứ Nghị định số 152/2025/NĐ-CP" in note.text()
    assert "Chưa đối chiếu với văn bản gốc: ngày ban hành Nghị định số 152/2025/NĐ-CP (14/6/2025)" in note.text()
    before = _text(ws.printout(dossier_id).pdf, tmp_path)
    assert "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025" in before

    opening = ("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022 của Quốc hội; "
               "Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ (đối chiếu ngày ban hành với Công báo);")
    _paragraph(letter, "letter.body", opening)
    qtbot.waitUntil(lambda: ws.snapshot(dossier_id).extra.get("letter", {}).get("body") == opening, timeout=5000)
    after = _text(ws.printout(dossier_id).pdf, tmp_path)
    assert "(đối chiếu ngày ban hành với Công báo)" in after
    assert "ngày 14 tháng 6 năm 2025" not in after
    w.close()


def test_meeting_and_letter_pages_turn_english(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    from desktop.paths import resources_dir

    app = QApplication.instance()
    translator = QTranslator()
    assert translator.load(str(resources_dir() / "translations" / "hskt_en.qm"))
    app.installTranslator(translator)
    try:
        ws = Workspace(open_store(data_paths(tmp_path / "d").ensure()))
        ws.fill_demo()
        w = MainWindow(ws)
        qtbot.addWidget(w)
        w.open_editor(2)
        labels = [w.editor.tree.topLevelItem(i).text(0) for i in range(3)]
        assert labels[1:] == ["Council meeting, votes", "Proposal letter, public posting"]
        meeting = w.editor.section_pages["meeting"]
        assert meeting.fill_button.text() == "Fill: all present agree (empty rows)"
        assert meeting.defaults_button.text() == "Take from the previous dossier"
    finally:
        app.removeTranslator(translator)
