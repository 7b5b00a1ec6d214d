"""Journey (f): every window and dialog fits a 1366×768 screen with its taskbar (1366×720 usable) at 100 % and at
125 % scaling, opens centred on its parent, and comes back at the size the clerk left it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

from desktop.views.window_geometry import keep_geometry

REPO = Path(__file__).resolve().parents[2]
WINDOWS = {"main", "unit-profile", "new-dossier", "add-nominee", "return", "preview", "inbox", "signing", "viewer",
           "return-note", "help", "about"}
ROUNDING = 1  # logical pixels lost to rounding 1366 / 1.25


def _probe(tmp_path: Path, scale: str) -> dict[str, Any]:
    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 720,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}", QT_SCALE_FACTOR=scale,
               XDG_CONFIG_HOME=str(tmp_path / "config"), QT_LOGGING_RULES="qt.qpa.*=false",
               PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))
    run = subprocess.run([sys.executable, "-m", "tests.journeys.geometry_probe", str(tmp_path)], cwd=REPO, env=env,
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "Warning" not in run.stderr and "QWidget" not in run.stderr, run.stderr[-3000:]
    return json.loads(run.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@pytest.mark.parametrize("scale, area", [("1", [0, 0, 1366, 720]), ("1.25", [0, 0, 1093, 576])])
def test_every_window_fits_the_laptop_screen_and_opens_over_its_parent(tmp_path: Path, scale: str,
                                                                       area: list[int]) -> None:
    probe = _probe(tmp_path, scale)
    assert probe["area"] == area
    assert set(probe["windows"]) == WINDOWS
    ax, ay, aw, ah = area
    for name, seen in probe["windows"].items():
        x, y, w, h = seen["frame"]
        assert ax <= x and ay <= y and x + w <= ax + aw + ROUNDING and y + h <= ay + ah + ROUNDING, (name, seen)
        parent = seen["parent"]
        if parent is not None and name != "main":
            px, py, pw, ph = parent
            # Centred on the parent; a dialog as tall as the screen is only pushed back inside it.
            assert abs((x + w / 2) - (px + pw / 2)) <= 2, (name, seen)
            assert abs((y + h / 2) - (py + ph / 2)) <= 2 or y == ay or y + h >= ay + ah - ROUNDING, (name, seen)
    # "Ký số và xuất" stays on the editor's toolbar, not behind its » overflow button.
    assert probe["editor_toolbar"]["export_visible"]


def test_a_dialog_comes_back_at_the_size_the_clerk_left_it(qtbot: Any, tmp_path: Path) -> None:
    # Qt reads the settings folder once per process: point this process's user settings at the test's folder.
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))

    def dialog() -> QDialog:
        d = QDialog()
        QVBoxLayout(d).addWidget(QLabel("Nội dung"))
        keep_geometry(d, "probe", (500, 300))
        qtbot.addWidget(d)
        return d

    first = dialog()
    first.show()
    assert (first.width(), first.height()) == (500, 300)
    first.resize(620, 410)
    first.close()
    again = dialog()
    again.show()
    assert (again.width(), again.height()) == (620, 410)
    again.resize(5000, 5000)  # larger than any screen: it comes back fitted to this one
    again.close()
    third = dialog()
    third.show()
    area = third.screen().availableGeometry()
    assert third.frameGeometry().height() <= area.height() and third.frameGeometry().width() <= area.width()
