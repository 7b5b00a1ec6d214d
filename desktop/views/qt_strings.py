"""Qt's own strings (standard buttons, message boxes, context menus, Qt's file dialog) in Vietnamese. Qt ships no
Vietnamese translation; HSKT's resources/translations/qtbase_vi.qm is built from the hand-written qtbase_vi.ts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from desktop.paths import resources_dir


def install_qt_vietnamese(app: QCoreApplication) -> QTranslator | None:
    """Load and install qtbase_vi.qm; None when the file is missing (Qt's English strings stay)."""
    translator = QTranslator(app)
    if not translator.load(str(resources_dir() / "translations" / "qtbase_vi.qm")):
        return None
    app.installTranslator(translator)
    return translator
