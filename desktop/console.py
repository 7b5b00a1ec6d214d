"""UTF-8-safe standard output and error, whatever they are connected to.

On Windows, Python gives a console UTF-16 through WriteConsoleW, but a pipe or a file gets the ANSI code page
(cp1252 on most PCs, cp1258 on Vietnamese ones): `hskt-cli --self-test > log.txt` would die with
UnicodeEncodeError on the first "Bước". A frozen program ignores PYTHONIOENCODING, so the program itself must switch.
The same happens on Linux under a non-UTF-8 locale (LANG=C with UTF-8 mode off).
"""

from __future__ import annotations

import codecs
import sys

# Codecs that can carry every Vietnamese letter (and anything else); a stream already in one of them is left alone.
_UNICODE_CODECS = frozenset({"utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le",
                             "utf-32-be"})


def _carries_unicode(encoding: str | None) -> bool:
    if not encoding:
        return False
    try:
        return codecs.lookup(encoding).name in _UNICODE_CODECS
    except LookupError:
        return False


def make_utf8_safe() -> None:
    """Re-encode sys.stdout and sys.stderr as UTF-8 when their encoding cannot carry Vietnamese text.

    Call before anything is printed. Streams that are absent (a windowed program has none) or that cannot be
    reconfigured (a test's capture object) are left as they are. Lone surrogates, which no UTF-8 stream can carry
    either, are written as backslash escapes instead of raising.
    """
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        reconfigure = getattr(stream, "reconfigure", None)
        if stream is None or reconfigure is None or _carries_unicode(getattr(stream, "encoding", None)):
            continue
        try:
            reconfigure(encoding="utf-8", errors="backslashreplace")
        except (ValueError, OSError):  # already closed, or detached by an embedding program
            continue
