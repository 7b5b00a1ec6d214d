"""Vietnamese collation, and sorting people by given name as Vietnamese lists do.

Order of letters: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y; tones compare after letters, in the
dictionary order ngang, huyền, hỏi, ngã, sắc, nặng.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from desktop.vn.text import clean

_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}

# Combining marks that make a distinct letter (kept in the primary key) versus tone marks (secondary key).
_LETTER_MARKS = {"\u0306": "ă", "\u0302": "â", "\u031b": "ơ"}  # breve, circumflex, horn
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}  # huyền hỏi ngã sắc nặng


@lru_cache(maxsize=4096)  # a few hundred distinct characters cover every Vietnamese name
def _letter_key(ch: str) -> tuple[int, int]:
    decomposed = unicodedata.normalize("NFD", ch.lower())
    base = decomposed[0]
    tone = 0
    letter = base
    for mark in decomposed[1:]:
        if mark in _TONES:
            tone = _TONES[mark]
        elif mark == "\u0302":
            letter = {"a": "â", "e": "ê", "o": "ô"}.get(base, base)
        elif mark == "\u0306":
            letter = "ă" if base == "a" else base
        elif mark == "\u031b":
            letter = {"o": "ơ", "u": "ư"}.get(base, base)
    if letter in _RANK:
        return _RANK[letter] * 4 + 100, tone
    # Digits, Latin letters outside the Vietnamese alphabet (f, j, w, z) and punctuation sort by code point,
    # after spaces but among letters by their ASCII position.
    return ord(letter) if letter.isascii() else 0x10000 + ord(letter), tone


def word_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Key for one word or phrase: letters first, tones as the tie-breaker."""
    keys = [_letter_key(ch) for ch in unicodedata.normalize("NFC", text)]
    return tuple(k[0] for k in keys), tuple(k[1] for k in keys)


def split_name(full_name: str) -> tuple[str, str, str]:
    """(family, middle, given) of a Vietnamese full name: "Nguyễn Thị Hoa" → ("Nguyễn", "Thị", "Hoa")."""
    parts = clean(full_name).split(" ")
    if not parts or parts == [""]:
        return "", "", ""
    if len(parts) == 1:
        return "", "", parts[0]
    return parts[0], " ".join(parts[1:-1]), parts[-1]


def name_key(full_name: str) -> tuple[object, ...]:
    """Sort key for people: given name, then family name, then middle name (the order of Vietnamese lists)."""
    family, middle, given = split_name(full_name)
    g, f, m = word_key(given), word_key(family), word_key(middle)
    # Each part compares whole (letters, then tones) so that "Anh" and "Ánh" never interleave.
    return (g[0], g[1], f[0], f[1], m[0], m[1])


def text_key(text: str) -> tuple[object, ...]:
    """Sort key for other Vietnamese text (collectives, units, titles)."""
    k = word_key(clean(text))
    return (k[0], k[1])


def name_sort_string(full_name: str) -> str:
    """A string form of `name_key` that sorts the same byte-wise, for storing in an indexed column."""
    family, middle, given = split_name(full_name)

    def enc(codes: tuple[int, ...]) -> str:
        return "".join(chr(0x4E00 + c) for c in codes)

    g, f, m = word_key(given), word_key(family), word_key(middle)
    return "\u0001".join([enc(g[0]), enc(g[1]), enc(f[0]), enc(f[1]), enc(m[0]), enc(m[1])])


def text_sort_string(text: str) -> str:
    """A byte-comparable string form of `text_key`, for titles, units and collectives."""
    letters, tones = word_key(clean(text))
    return "".join(chr(0x4E00 + c) for c in letters) + "\u0001" + "".join(chr(0x4E00 + c) for c in tones)
