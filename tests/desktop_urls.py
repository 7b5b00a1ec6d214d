"""Where the app asks the desktop to open a file or folder, tests record the URL instead of starting a file manager.

QDesktopServices.setUrlHandler is Qt's own hook for this, so the app's code path is the one clerks run."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices


class OpenedUrls(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)

    def install(self) -> None:
        for scheme in ("file", "http", "https"):
            QDesktopServices.setUrlHandler(scheme, self, "open")

    def remove(self) -> None:
        for scheme in ("file", "http", "https"):
            QDesktopServices.unsetUrlHandler(scheme)


@pytest.fixture(autouse=True)
def opened_urls(qapp: object) -> Iterator[OpenedUrls]:
    """Autouse where a conftest imports it (the view and journey tests): every URL the app opens is recorded."""
    handler = OpenedUrls()
    handler.install()
    yield handler
    handler.remove()
