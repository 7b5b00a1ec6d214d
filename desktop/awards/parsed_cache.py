"""A cache of parsed rule-set files, keyed by the SHA-256 of their bytes.

Parsing the TOML of both rule sets takes a tenth of a second at every start (tomllib is pure Python). The parse
is cached as JSON, which never runs code when loaded; dates are tagged. A changed byte changes the key, so an
edited rule set is parsed, and then checked, afresh. Every rule set is still checked completely at each load:
only the parsing is cached.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

_VERSION = "1"  # bump when the tagging below changes


def cache_dir() -> Path:
    chosen = os.environ.get("HSKT_CACHE_DIR")
    if chosen:
        return Path(chosen) / "rulesets"
    import platformdirs

    return Path(platformdirs.user_cache_dir("HSKT", appauthor=False)) / "rulesets"


def _key(raw: bytes) -> str:
    return hashlib.sha256(_VERSION.encode() + b"\0" + raw).hexdigest()


def _tag(value: Any) -> Any:
    if isinstance(value, datetime):  # before date: a datetime is a date too
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, time):
        return {"$time": value.isoformat()}
    if isinstance(value, dict):
        return {k: _tag(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_tag(v) for v in value]
    return value


def _untag(value: dict[str, Any]) -> Any:
    if len(value) == 1:
        if "$date" in value:
            return date.fromisoformat(value["$date"])
        if "$datetime" in value:
            return datetime.fromisoformat(value["$datetime"])
        if "$time" in value:
            return time.fromisoformat(value["$time"])
    return value


def load(raw: bytes) -> dict[str, Any] | None:
    try:
        text = (cache_dir() / f"{_key(raw)}.json").read_text(encoding="utf-8")
        doc = json.loads(text, object_hook=_untag)
    except (OSError, ValueError):
        return None
    return doc if isinstance(doc, dict) else None


def store(raw: bytes, doc: dict[str, Any]) -> None:
    """Best effort: a read-only or full disk only costs the next start its parse."""
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".parse-")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(_tag(doc), fh, ensure_ascii=False)
        os.replace(tmp, folder / f"{_key(raw)}.json")
    except OSError:
        pass
