"""F1 help: opens on the focused widget's topic, lists the rule set's components with their articles, finds text
typed without diacritics; the hand-written pages exist and the generated page follows the rule set."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMainWindow, QVBoxLayout, QWidget

from desktop import help as help_pages
from desktop.awards.catalogue import load_ruleset
from desktop.awards.model import Component
from desktop.paths import data_paths
from desktop.services.workspace import Workspace
from desktop.store.database import open_store
from desktop.views.help_window import HelpWindow, install_help_actions
from desktop.views.main_window import MainWindow


@pytest.fixture
def host(qtbot):  # type: ignore[no-untyped-def]
    window = QMainWindow()
    central = QWidget()
    layout = QVBoxLayout(central)
    field = QLineEdit()
    field.setObjectName("criteriaField")
    field.setProperty("helpTopic", "kiem-tra-tieu-chuan")
    plain = QLineEdit()
    plain.setObjectName("plainField")
    layout.addWidget(field)
    layout.addWidget(plain)
    window.setCentralWidget(central)
    qtbot.addWidget(window)
    actions = install_help_actions(window, None, ruleset=lambda: load_ruleset("nd152-2025"))
    window.show()
    qtbot.waitExposed(window)
    return window, field, plain, actions


def test_every_topic_has_a_page() -> None:
    for t in help_pages.TOPICS:
        if t.file is not None:
            text = (help_pages.help_dir() / t.file).read_text(encoding="utf-8")
            assert text.startswith("# "), t.file
            assert text == __import__("unicodedata").normalize("NFC", text), f"{t.file} không ở dạng NFC"


def test_f1_opens_help_on_the_focused_widgets_topic(qtbot, host) -> None:  # type: ignore[no-untyped-def]
    window, field, plain, _actions = host
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_F1)
    help_window = window._help_state["help"]
    assert isinstance(help_window, HelpWindow) and help_window.isVisible()
    assert help_window.topic == "kiem-tra-tieu-chuan"
    assert "Kiểm tra tiêu chuẩn" in help_window.browser.toPlainText()
    plain.setFocus()
    window.activateWindow()
    qtbot.keyClick(plain, Qt.Key.Key_F1)
    assert help_window.topic == help_pages.DEFAULT_TOPIC


def test_ruleset_page_lists_components_with_their_articles(qtbot, host) -> None:  # type: ignore[no-untyped-def]
    window, *_ = host
    rs = load_ruleset("nd152-2025")
    window.open_help(help_pages.RULESET_TOPIC)
    text = window._help_state["help"].browser.toPlainText()
    for comp in rs.components.values():
        assert comp.name in text
        assert comp.basis in text
    assert "Điều 84 khoản 1 điểm d" in text  # the initiative certificate's article
    cstd = rs.awards["cstd-co-so"]
    assert cstd.name in text and cstd.basis in text
    assert "Quy định này cần đối chiếu với văn bản gốc." in text  # [M]/[L] rules read as sentences
    assert "[M" not in text and "[L" not in text and "[V]" not in text
    assert "01/07/2025" in text


def test_a_new_ruleset_brings_its_own_help() -> None:
    rs = load_ruleset("nd152-2025")
    extra = Component("xac-nhan-moi", "Giấy xác nhận thử nghiệm", "Một thành phần chỉ bộ quy tắc mới có",
                      "Nghị định 999/2030/NĐ-CP, Điều 7", "dossier")
    newer = dataclasses.replace(rs, name="nd999-2030", components={**rs.components, extra.code: extra})
    page = help_pages.ruleset_html(newer)
    assert "Giấy xác nhận thử nghiệm" in page and "Nghị định 999/2030/NĐ-CP, Điều 7" in page
    assert "Giấy xác nhận thử nghiệm" not in help_pages.ruleset_html(rs)


def test_search_without_diacritics_finds_and_highlights(qtbot, host) -> None:  # type: ignore[no-untyped-def]
    window, *_ = host
    w = window.open_help("bat-dau")
    w.search.setText("moi tuyen dung")
    w._run_search()
    first = w.toc.item(0)
    assert first.data(Qt.ItemDataRole.UserRole) == "hoi-dap"  # the FAQ answers it; the long rule-set page is last
    assert w.topic == "hoi-dap"
    assert len(w.browser.extraSelections()) == len(w.matches) > 0
    from desktop.vn.text import fold

    assert {fold(m) for m in w.matches} == {"moi", "tuyen", "dung"}  # accents optional: "mỗi", "dùng" match too
    assert "tuyển" in {m.lower() for m in w.matches}
    w.search.setText("khong co tu nay xyz")
    w._run_search()
    assert w.toc.count() == 0


def test_links_between_pages(qtbot, host) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QUrl

    window, *_ = host
    w = window.open_help("bat-dau")
    w._on_link(QUrl("hoi-dap"))
    assert w.topic == "hoi-dap"
    w._on_link(QUrl("bo-quy-tac#tp-to-trinh"))
    assert w.topic == help_pages.RULESET_TOPIC


def test_main_window_has_help_menu_and_f1(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = open_store(data_paths(tmp_path / "data"))
    try:
        window = MainWindow(Workspace(store))
        qtbot.addWidget(window)
        menus = [a.text().replace("&", "") for a in window.menuBar().actions()]
        assert menus.count("Trợ giúp") == 1
        f1 = [a for a in window.findChildren(type(window.menuBar().actions()[0]))
              if a.shortcut().toString() == "F1"]
        assert [a.objectName() for a in f1] == ["help_guide"]  # one owner, or Qt fires neither
        window.close()
    finally:
        store.close()


def test_confidence_tags_read_as_sentences_on_every_page() -> None:
    """A help page used to show "[M: cần đối chiếu văn bản]"; the clerk now reads a sentence."""
    import re as _re

    for topic in help_pages.TOPICS:
        if topic.file is None:
            continue
        page = help_pages.markdown_to_html((help_pages.resources_dir() / "help" / topic.file).read_text("utf-8"))
        assert not _re.search(r"\[(V|M|L)[\]:]", page), topic.id
    html_page = help_pages.markdown_to_html("Thủ tục đơn giản (Luật TĐKT 2022, Điều 85) [M]. Điều 84 [V]: hồ sơ.")
    text = _re.sub(r"<[^>]+>", "", html_page)
    assert text.strip() == ("Thủ tục đơn giản (Luật TĐKT 2022, Điều 85). Quy định này cần đối chiếu với văn bản "
                            "gốc. Điều 84 (đã đối chiếu với văn bản gốc): hồ sơ.")


def test_the_check_panel_says_how_sure_each_rule_is_in_a_sentence(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop.services.workspace import Workspace
    from desktop.store.database import open_store
    from desktop.views.issues_panel import IssuesPanel

    store = open_store(data_paths(tmp_path / "d").ensure())
    ws = Workspace(store)
    ws.fill_demo()
    panel = IssuesPanel()
    qtbot.addWidget(panel)
    panel.show_state(ws.dossier_state(1))
    texts = [panel.model.row_at(i).text for i in range(panel.model.rowCount())]
    sure = [t for t in texts if t.endswith("(Thông tư 15/2025/TT-BNV, Điều 2 khoản 5 (kế thừa Thông tư 01/2024/TT-BNV)). "
                                           "Quy định này cần đối chiếu với văn bản gốc.")]
    assert sure, texts
    assert not any("[M" in t or "[L" in t or "; quy định chưa được xác minh)" in t for t in texts)
    store.close()
