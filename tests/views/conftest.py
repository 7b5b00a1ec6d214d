from __future__ import annotations

from tests.desktop_urls import opened_urls

__all__ = ["opened_urls"]
