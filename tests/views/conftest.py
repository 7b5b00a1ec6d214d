from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.desktop_urls import OpenedUrls


@pytest.fixture(autouse=True)
def opened_urls(qapp) -> Iterator[OpenedUrls]:
    handler = OpenedUrls()
    handler.install()
    yield handler
    handler.remove()
