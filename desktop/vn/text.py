"""Normalisation and folding of Vietnamese text.

Everything entering the system goes through `clean` so that stored text is NFC with single spaces: two visually
identical names must compare equal, hash equal and sort equal.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def clean(text: str | None) -> str:
    """NFC, trimmed, inner runs of white space folded to one space."""
    if text is None:
        return ""
    return _SPACES.sub(" ", nfc(text)).strip()


def clean_multiline(text: str | None) -> str:
    """NFC and trimmed, but keeps paragraph breaks (narrative fields)."""
    if text is None:
        return ""
    lines = [_SPACES.sub(" ", line).strip() for line in nfc(text).replace("\r\n", "\n").split("\n")]
    out = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", out).strip()


def visible(text: str) -> str:
    """Control, format and line-separator characters spelled as \\uXXXX, so a message quoting user input stays one
    readable line (str.splitlines breaks on \\x1c-\\x1e, \\x85, \\u2028 as well as on newlines)."""
    return "".join(
        f"\\u{ord(ch):04x}" if unicodedata.category(ch) in _INVISIBLE and ch != " " else ch for ch in text
    )


_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def strip_marks(text: str) -> str:
    """Remove diacritics; đ/Đ become d/D (they are letters, not marks, so NFD leaves them)."""
    decomposed = unicodedata.normalize("NFD", text)
    base = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return base.replace("đ", "d").replace("Đ", "D")


def fold(text: str | None) -> str:
    """Search key: lower case, no diacritics, đ→d, single spaces. "Nguyễn Thị Hoa" → "nguyen thi hoa"."""
    return strip_marks(clean(text)).lower()
