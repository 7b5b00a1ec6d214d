"""Where a dialog or window opens and how big: the size the clerk left it at (QSettings) or the design size, never
more than the screen's usable area (1366×768 less the taskbar is about 720 px high, less again at 125 % scaling),
centred on its parent's window.

`keep_geometry(widget, key, preferred)` is all a window needs: it sizes the widget now (so the layout is built for
the size it will show at), centres it on every show, and saves its size whenever it is hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

# Room for the window manager's title bar and borders, which a widget's own geometry does not include.
FRAME_ALLOWANCE = QSize(16, 40)
SETTINGS_GROUP = "windows"


def settings() -> QSettings:
    """HSKT's per-user settings (window sizes, the last export folder): the user's, never the data folder's."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "HSKT", "hskt")


def _screen_of(widget: QWidget) -> QScreen | None:
    anchor = widget.parentWidget().window() if widget.parentWidget() is not None else None
    screen = anchor.screen() if anchor is not None else widget.screen()
    return screen or QGuiApplication.primaryScreen()


def usable_area(widget: QWidget) -> QRect:
    screen = _screen_of(widget)
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 720)


def fitted(size: QSize, area: QRect) -> QSize:
    """`size` shrunk to fit `area` with the frame around it."""
    return QSize(max(200, min(size.width(), area.width() - FRAME_ALLOWANCE.width())),
                 max(150, min(size.height(), area.height() - FRAME_ALLOWANCE.height())))


def centre(widget: QWidget) -> None:
    """Put the widget (its frame) in the middle of its parent's window, kept inside the usable area."""
    area = usable_area(widget)
    parent = widget.parentWidget()
    frame = widget.frameGeometry()
    extra = QSize(frame.width() - widget.width(), frame.height() - widget.height())
    if extra.width() <= 0 and extra.height() <= 0:
        extra = QSize(0, 0)  # not shown yet, or no window manager: there is no frame to allow for
    outer = QSize(widget.width() + extra.width(), widget.height() + extra.height())
    around = parent.window().frameGeometry() if parent is not None and parent.window().isVisible() else area
    x = around.center().x() - outer.width() // 2
    y = around.center().y() - outer.height() // 2
    x = max(area.left(), min(x, area.right() + 1 - outer.width()))
    y = max(area.top(), min(y, area.bottom() + 1 - outer.height()))
    widget.move(QPoint(x, y))


class _Keeper(QObject):
    def __init__(self, widget: QWidget, key: str, preferred: QSize):
        super().__init__(widget)
        self.widget, self.key, self.preferred = widget, key, preferred

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # While a window is being destroyed Qt may still deliver its Hide here after Python let go of this
        # object's attributes: then there is nothing left to size or to remember.
        widget = getattr(self, "widget", None)
        if widget is not None and watched is widget:
            if event.type() == QEvent.Type.Show:
                apply_size(widget, self.key, self.preferred)
                centre(widget)
            elif event.type() == QEvent.Type.Hide:
                remember(widget, self.key)
        return False


def remembered_size(key: str) -> QSize | None:
    value = settings().value(f"{SETTINGS_GROUP}/{key}")
    if isinstance(value, QSize) and value.isValid():
        return value
    if isinstance(value, (list, tuple)) and len(value) == 2:  # the INI format may hand back two strings
        try:
            return QSize(int(value[0]), int(value[1]))
        except ValueError:
            return None
    return None


def remember(widget: QWidget, key: str) -> None:
    if widget.isMaximized() or widget.isFullScreen():
        return
    s = settings()
    s.setValue(f"{SETTINGS_GROUP}/{key}", [widget.width(), widget.height()])
    s.sync()


def apply_size(widget: QWidget, key: str, preferred: QSize) -> None:
    widget.resize(fitted(remembered_size(key) or preferred, usable_area(widget)))


def keep_geometry(widget: QWidget, key: str, preferred: QSize | tuple[int, int]) -> None:
    """Size `widget` to its remembered or preferred size within the screen, centre it on each show, save on hide."""
    size = preferred if isinstance(preferred, QSize) else QSize(*preferred)
    apply_size(widget, key, size)
    widget.installEventFilter(_Keeper(widget, key, size))


def save_window(widget: QWidget, key: str) -> None:
    """A main window's place, size and maximised state, as Qt encodes them, for the next start."""
    s = settings()
    s.setValue(f"{SETTINGS_GROUP}/{key}/geometry", widget.saveGeometry())
    s.sync()


def place_window(widget: QWidget, key: str, preferred: QSize) -> None:
    """Show a main window where the clerk left it; the first time, maximised on a screen up to 1440 px wide (a
    1366×768 laptop needs all of it), else at `preferred` within the screen, centred. A saved place on a screen
    that is no longer there is moved back onto one by Qt."""
    value = settings().value(f"{SETTINGS_GROUP}/{key}/geometry")
    if isinstance(value, QByteArray) and not value.isEmpty() and widget.restoreGeometry(value):
        area = usable_area(widget)
        if not widget.isMaximized() and not area.intersects(widget.frameGeometry()):
            widget.resize(fitted(widget.size(), area))
            centre(widget)
        widget.show()
        return
    area = usable_area(widget)
    if area.width() <= 1440:
        widget.setGeometry(area)  # the geometry also holds with no window manager to maximise it
        widget.showMaximized()
        return
    widget.resize(fitted(preferred, area))
    centre(widget)
    widget.show()
