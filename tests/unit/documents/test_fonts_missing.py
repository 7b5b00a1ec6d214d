"""A damaged installation without its fonts says so in Vietnamese instead of failing obscurely."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.documents import fonts


def test_missing_font_names_the_file_and_the_fix(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "fonts").mkdir()
    monkeypatch.setenv("HSKT_RESOURCES", str(tmp_path))
    monkeypatch.setattr(fonts, "_registered", False)
    with pytest.raises(fonts.FontMissing, match=r"thiếu phông chữ .*LiberationSerif.*cài lại HSKT"):
        fonts.register()
