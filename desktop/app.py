"""Composition root: builds the QApplication, the store, the services and the main window, and hands each what it needs."""

from __future__ import annotations

import hashlib
import logging
import sys
import tempfile
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import APP_NAME, __version__
from desktop.paths import DataPaths, resources_dir
from desktop.store.lock import FolderLock, FolderLocked


def _server_name(paths: DataPaths) -> str:
    return "hskt-" + hashlib.sha256(str(paths.root).encode()).hexdigest()[:16]


def _install_translations(app: QApplication, language: str | None) -> list[QTranslator]:
    """Returns the translators installed. Source strings are Vietnamese; Qt ships no Vietnamese for its own strings
    (standard buttons, context menus, the file dialog), so those come from HSKT's qtbase_vi.qm."""
    lang = language or QLocale.system().name()
    if lang.startswith("vi"):
        from desktop.views.qt_strings import install_qt_vietnamese

        qt_vi = install_qt_vietnamese(app)
        return [qt_vi] if qt_vi is not None else []
    installed = []
    qt = QTranslator(app)
    if qt.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)  # other languages come from .qm files
    if ours.load(str(resources_dir() / "translations" / f"hskt_{lang.split('_')[0]}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    return installed


def tune_interpreter() -> None:
    """Background judging is pure Python and shares the interpreter lock with the GUI thread; a 1 ms switch
    interval (default 5 ms) hands the lock back to the GUI thread quickly enough that typing never waits."""
    sys.setswitchinterval(0.001)


def _setup_logging(paths: DataPaths) -> None:
    """The data folder's logs/, or the temp folder when the data folder cannot be written (start-up says why)."""
    try:
        paths.logs.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(paths.logs / "hskt.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        handler = RotatingFileHandler(Path(tempfile.gettempdir()) / "hskt.log", maxBytes=2_000_000, backupCount=1,
                                      encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)
    logging.getLogger().setLevel(logging.INFO)


def _install_excepthook(paths: DataPaths) -> None:
    """An unexpected error is logged in full and shown as a plain message; the clerk's committed work is safe."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        logging.getLogger("hskt").error("unhandled: %s", "".join(traceback.format_exception(kind, value, tb)))
        QMessageBox.warning(None, QCoreApplication.translate("App", "Có lỗi ngoài dự kiến"), QCoreApplication.translate("App",
            "HSKT gặp lỗi ngoài dự kiến: %s\n\n"
            "Mọi thay đổi đã lưu trước đó vẫn còn nguyên. Chi tiết đã ghi vào tệp nhật ký:\n%s\n"
            "Hãy gửi tệp này cho người hỗ trợ nếu lỗi lặp lại.") % (value, paths.logs / "hskt.log"))

    sys.excepthook = hook


def _start_up_failed(paths: DataPaths, exc: BaseException, quit_when_ready: bool) -> int:
    """Start-up's error boundary: a known environment failure is a dialog with the fix, exit 2; anything else is
    logged and shown as "lỗi ngoài dự kiến"."""
    from desktop.services.environment import UnexpectedError, user_facing

    shown = user_facing(exc, logging.getLogger("hskt.start"), paths.root, paths.logs / "hskt.log")
    if not quit_when_ready:
        QMessageBox.critical(None, QCoreApplication.translate("App", "HSKT không mở được dữ liệu"),
                             QCoreApplication.translate("App", "HSKT không mở được thư mục dữ liệu:\n\n%s") % shown)
    else:
        print(f"hskt: {shown}", file=sys.stderr)
    return 70 if isinstance(shown, UnexpectedError) else 2


def _background_start(workspace: object, paths: DataPaths) -> None:
    """The warm-up thread's work: plain Python and SQLite only, no Qt object is touched."""
    from desktop.services.maintenance import housekeep

    workspace.warm_up()  # type: ignore[attr-defined]
    try:
        housekeep(paths)
    except Exception:  # housekeeping is best effort; the next start tries again
        logging.getLogger("hskt.start").warning("housekeeping failed", exc_info=True)


def _ask_other_instance_to_raise(paths: DataPaths) -> bool:
    from PySide6.QtNetwork import QLocalSocket

    sock = QLocalSocket()
    sock.connectToServer(_server_name(paths))
    if not sock.waitForConnected(1000):
        return False
    sock.write(b"raise\n")
    sock.flush()
    sock.waitForBytesWritten(1000)
    sock.disconnectFromServer()
    return True


def _listen_for_others(app: QApplication, paths: DataPaths, window: QWidget) -> Any:
    from PySide6.QtNetwork import QLocalServer

    server = QLocalServer(app)
    QLocalServer.removeServer(_server_name(paths))
    server.listen(_server_name(paths))

    def on_connection() -> None:
        conn = server.nextPendingConnection()
        if conn is not None:
            conn.deleteLater()
        window.showNormal()
        window.raise_()
        window.activateWindow()

    server.newConnection.connect(on_connection)
    return server


def _rules_ok(parent: QWidget) -> bool:
    from desktop.awards.catalogue import RuleSetError, check_all

    try:
        check_all()
    except RuleSetError as exc:
        QMessageBox.critical(parent, QCoreApplication.translate("App", "Bộ quy tắc bị lỗi"), QCoreApplication.translate("App",
            "HSKT không khởi động vì bộ quy tắc khen thưởng có lỗi:\n\n%s\n\n"
            "Hãy cài lại HSKT hoặc báo cho người quản trị.") % exc)
        return False
    return True


def run_gui(paths: DataPaths, quit_when_ready: bool = False, demo_if_empty: bool = False,
            language: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    _install_translations(app, language)
    tune_interpreter()
    from desktop.views.gc_policy import GuiCollector, freeze_start_up

    GuiCollector(app)  # cyclic garbage is collected on this (the GUI) thread only
    _setup_logging(paths)
    if not quit_when_ready:
        _install_excepthook(paths)

    lock = FolderLock(paths.lock)
    try:
        from desktop.services.environment import check_folder

        check_folder(paths)
        lock.acquire()
    except FolderLocked:
        box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("App", "HSKT đang mở"), QCoreApplication.translate("App",
            "Thư mục dữ liệu này đang được một cửa sổ HSKT khác sử dụng:\n%s\n\n"
            "Hai cửa sổ cùng sửa một hồ sơ có thể ghi đè lên nhau, nên HSKT chỉ cho mở một cửa sổ.") % paths.root)
        front = box.addButton(QCoreApplication.translate("App", "Đưa cửa sổ kia lên trước"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("App", "Thoát"), QMessageBox.ButtonRole.RejectRole)
        if quit_when_ready:
            return 3
        box.exec()
        if box.clickedButton() is front:
            _ask_other_instance_to_raise(paths)
        return 3
    except Exception as exc:
        return _start_up_failed(paths, exc, quit_when_ready)

    from desktop.services.workspace import Workspace
    from desktop.store.lazy import LazyStore
    from desktop.store.revisions import is_current
    from desktop.views.main_window import MainWindow

    store = LazyStore(paths)
    try:
        if not is_current(paths.database):
            store.get()  # create, or back up and migrate, before anything reads the file
        workspace = Workspace(store)
        if demo_if_empty and not workspace.has_data():
            workspace.fill_demo()
    except Exception as exc:
        store.close()
        lock.release()
        return _start_up_failed(paths, exc, quit_when_ready)
    window = MainWindow(workspace)
    servers: list[Any] = []

    def after_first_paint() -> None:
        # The rule sets are loaded and checked once the list shows (nothing before needs them); a broken one still
        # stops HSKT before the clerk can judge or export anything with it.
        if not _rules_ok(window):
            app.exit(4)
            return
        # A second start (refused by the folder lock) asks this window to come to the front over this socket.
        servers.append(_listen_for_others(app, paths, window))
        freeze_start_up()
        threading.Thread(target=_background_start, args=(workspace, paths), name="hskt-warm-up", daemon=True).start()

    window.first_painted.connect(app.quit if quit_when_ready else after_first_paint)
    window.show_where_left()
    try:
        return app.exec()
    finally:
        for server in servers:
            server.close()
        store.close()
        lock.release()


def icon_path() -> Path:
    return resources_dir() / "icons" / "hskt.png"
