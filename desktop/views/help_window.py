"""The help window (F1): a table of contents, a search box and the page, in Vietnamese.

Pages come from `desktop.help` (hand-written Markdown plus a page generated from the rule set in use). A widget can
ask for its own page by setting the dynamic property "helpTopic" (e.g. `w.setProperty("helpTopic",
"kiem-tra-tieu-chuan")`): F1 opens the topic of the focused widget or its nearest parent that has one.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRegularExpression, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.views.window_geometry import keep_geometry

if TYPE_CHECKING:
    from desktop.awards.model import RuleSet


class _HelpPages:
    """`desktop.help`, imported when a help page is first needed: the main window installs this menu before its
    first paint, and the pages (with the rule-set model and the snapshot types they use) are not needed for that."""

    def __getattr__(self, name: str) -> Any:
        from desktop import help as pages

        return getattr(pages, name)


help_pages = _HelpPages()

TOPIC_ROLE = Qt.ItemDataRole.UserRole


def current_ruleset() -> RuleSet | None:
    """The rule set in force today; None when the rule sets cannot be loaded (the page says so)."""
    from desktop.awards.catalogue import RuleSetError, ruleset_for

    try:
        return ruleset_for(date.today())
    except RuleSetError:
        return None


class HelpWindow(QWidget):
    def __init__(self, ruleset: RuleSet | None = None, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("Trợ giúp HSKT"))
        keep_geometry(self, "help", (1100, 760))
        self.ruleset = ruleset
        self._pages: dict[str, str] = {}
        self.topic = help_pages.DEFAULT_TOPIC
        self.matches: list[str] = []  # the highlighted text, in page order

        self.search = QLineEdit()
        self.search.setObjectName("helpSearch")
        self.search.setPlaceholderText(self.tr("Tìm trong trợ giúp (gõ không dấu cũng được)"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=150)
        self._search_timer.timeout.connect(self._run_search)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._run_search)

        self.toc = QListWidget()
        self.toc.setObjectName("helpToc")
        self.toc.setWordWrap(True)
        self.toc.setStyleSheet("QListWidget::item { padding: 5px 4px; }")
        self.toc.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.toc.currentItemChanged.connect(self._on_toc)
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.browser = QTextBrowser()
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._on_link)
        self.browser.document().setDocumentMargin(18)
        self.browser.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # text wraps to the width

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.toc, 1)
        left_layout.addWidget(self.status)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.browser)
        split.setStretchFactor(1, 1)
        split.setSizes([300, 800])
        layout = QHBoxLayout(self)
        layout.addWidget(split)

        close = QAction(self)
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close.triggered.connect(self.close)
        self.addAction(close)
        find = QAction(self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(find)
        self._fill_toc()

    # -- content
    def page(self, topic_id: str) -> str:
        key = help_pages.topic(topic_id).id
        if key not in self._pages:
            self._pages[key] = help_pages.page_html(key, self.ruleset)
        return self._pages[key]

    def _fill_toc(self, hits: list[help_pages.Hit] | None = None) -> None:
        self.toc.blockSignals(True)
        self.toc.clear()
        if hits is None:
            for t in help_pages.TOPICS:
                item = QListWidgetItem(self.tr(t.title))
                item.setData(TOPIC_ROLE, t.id)
                self.toc.addItem(item)
            self.status.clear()
        else:
            for h in hits:
                item = QListWidgetItem(f"{self.tr(h.title)}\n{h.snippet}")
                item.setData(TOPIC_ROLE, h.topic)
                item.setToolTip(h.snippet)
                self.toc.addItem(item)
            self.status.setText(self.tr("%n trang có kết quả", "", len(hits)) if hits
                                else self.tr("Không tìm thấy. Thử từ khác, hoặc gõ không dấu."))
        self.toc.blockSignals(False)
        self._select_in_toc(self.topic)

    def _select_in_toc(self, topic_id: str) -> None:
        for i in range(self.toc.count()):
            if self.toc.item(i).data(TOPIC_ROLE) == topic_id:
                self.toc.blockSignals(True)
                self.toc.setCurrentRow(i)
                self.toc.blockSignals(False)
                return

    def show_topic(self, topic_id: str) -> None:
        """Show a page; "bo-quy-tac#tp-to-trinh" also scrolls to that anchor."""
        base, _, anchor = topic_id.partition("#")
        self.topic = help_pages.topic(base).id
        self.browser.setHtml(self.page(self.topic))
        self._select_in_toc(self.topic)
        found = self.highlight(self.search.text())
        if anchor:
            self.browser.scrollToAnchor(anchor)
        elif not found:
            self.browser.verticalScrollBar().setValue(0)

    def highlight(self, query: str) -> int:
        """Mark every match of the query (accents optional) and scroll to the first; returns the count."""
        pattern = help_pages.highlight_pattern(query)
        selections: list[QTextEdit.ExtraSelection] = []
        if pattern:
            regex = QRegularExpression(pattern, QRegularExpression.PatternOption.CaseInsensitiveOption)
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#ffe066"))
            doc = self.browser.document()
            cursor = doc.find(regex, 0)
            while not cursor.isNull() and len(selections) < 500:
                sel = QTextEdit.ExtraSelection()
                sel.cursor = cursor
                sel.format = fmt
                selections.append(sel)
                cursor = doc.find(regex, cursor)
        self.browser.setExtraSelections(selections)
        self.matches = [sel.cursor.selectedText() for sel in selections]
        if selections:
            first = QTextCursor(selections[0].cursor)
            first.clearSelection()
            self.browser.setTextCursor(first)
            self.browser.ensureCursorVisible()
        return len(selections)

    def _on_toc(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.show_topic(item.data(TOPIC_ROLE))

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "file"):
            from PySide6.QtGui import QDesktopServices

            QDesktopServices.openUrl(url)
        elif not url.path() and url.fragment():
            self.browser.scrollToAnchor(url.fragment())
        else:
            target = url.path() + (f"#{url.fragment()}" if url.fragment() else "")
            self.show_topic(target)

    def _run_search(self) -> None:
        query = self.search.text().strip()
        if not query:
            self._fill_toc()
            return
        pages = [(t, self.page(t.id)) for t in help_pages.TOPICS]
        hits = help_pages.search(query, pages)
        self._fill_toc(hits)
        if hits and hits[0].topic != self.topic:
            self.show_topic(hits[0].topic)
        else:
            self.highlight(query)


def _context_topic(default: str) -> str:
    w = QApplication.focusWidget()
    while w is not None:
        value = w.property("helpTopic")
        if value:
            return str(value)
        w = w.parentWidget()
    return default


def install_help_actions(window: QMainWindow, data_dir: str | None = None,
                         ruleset: Callable[[], RuleSet | None] = current_ruleset,
                         default_topic: str | None = None) -> dict[str, QAction]:
    """Add a "Trợ giúp" menu to `window`: Hướng dẫn (F1, opens the focused widget's topic), Hỏi đáp, Thành phần
    hồ sơ, and Giới thiệu HSKT (About, with the data folder and the one-click backup). Returns the actions."""
    state: dict[str, QWidget] = {}

    def help_window() -> HelpWindow:
        w = state.get("help")
        if w is None:
            w = HelpWindow(ruleset(), window)
            state["help"] = w
        assert isinstance(w, HelpWindow)
        return w

    def open_help(topic_id: str | None = None) -> HelpWindow:
        w = help_window()
        w.show_topic(topic_id or _context_topic(default_topic or help_pages.DEFAULT_TOPIC))
        w.show()
        w.raise_()
        w.activateWindow()
        return w

    def open_about() -> QWidget:
        from desktop.views.about_dialog import AboutDialog

        w = state.get("about")
        if w is None:
            w = AboutDialog(data_dir, ruleset(), window)
            state["about"] = w
        w.show()
        w.raise_()
        return w

    f1 = QKeySequence(QKeySequence.StandardKey.HelpContents)
    # F1 is the help's: an action the window bound to it before (a shortcut list, say) keeps its menu entry only,
    # since two actions on one key make Qt fire neither.
    for other in window.findChildren(QAction):
        if other.shortcut() == f1:
            other.setShortcut(QKeySequence())
    # By object name: the title is translated, so matching "Trợ giúp" made a second Help menu in English.
    menu = window.menuBar().findChild(QMenu, "helpMenu")
    first = menu.actions()[0] if menu is not None and menu.actions() else None
    if menu is None:
        menu = window.menuBar().addMenu(window.tr("&Trợ giúp"))
    menu.setObjectName("helpMenu")
    actions: dict[str, QAction] = {}

    def add(key: str, text: str, slot: Callable[[], object], shortcut: QKeySequence | None = None) -> None:
        a = QAction(text, window)
        a.setObjectName(f"help_{key}")
        if shortcut is not None:
            a.setShortcut(shortcut)
            a.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        a.triggered.connect(lambda _checked=False: slot())
        menu.insertAction(first, a)  # before the window's own help entries; appended when there are none
        actions[key] = a

    add("guide", window.tr("Hướng dẫn sử dụng"), open_help, f1)
    add("faq", window.tr("Hỏi đáp về thủ tục"), lambda: open_help("hoi-dap"))
    add("ruleset", window.tr("Thành phần hồ sơ và căn cứ pháp lý"), lambda: open_help(help_pages.RULESET_TOPIC))
    add("about", window.tr("Giới thiệu HSKT"), open_about)
    if first is not None:
        menu.insertSeparator(first)
    window._help_state = state  # type: ignore[attr-defined]  # keeps the windows alive; tests read it
    window.open_help = open_help  # type: ignore[attr-defined]
    window.open_about = open_about  # type: ignore[attr-defined]
    return actions
