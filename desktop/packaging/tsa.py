"""RFC 3161 timestamp servers: which addresses are one, and the client that asks them (B-T signatures on export,
receipt timestamps in the inbox). Light to import: the views check an address without loading pyHanko."""

from __future__ import annotations

from typing import Any


def is_timestamp_server(url: str) -> bool:
    """An RFC 3161 server is asked over HTTP or HTTPS; anything else is a slip of the keyboard."""
    return url.startswith(("http://", "https://"))


def timestamp_client(url: str) -> Any:
    """The RFC 3161 client for a PackageSigner's `timestamper` or a receipt timestamp."""
    from pyhanko.sign.timestamps import HTTPTimeStamper

    return HTTPTimeStamper(url)
