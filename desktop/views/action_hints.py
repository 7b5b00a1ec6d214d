"""A greyed-out menu entry or toolbar button says why: its tooltip and status-bar tip carry the reason."""

from __future__ import annotations

from PySide6.QtGui import QAction


def enable(action: QAction, enabled: bool, why_not: str) -> None:
    """Enable `action`, or disable it with `why_not` as what the clerk reads on hovering it."""
    action.setEnabled(enabled)
    base = action.property("hintBaseTip")
    if base is None:  # the tooltip the action had before any reason was added (e.g. with its shortcut)
        base = action.toolTip()
        action.setProperty("hintBaseTip", base)
    action.setToolTip(str(base) if enabled else f"{action.iconText()}: {why_not}")
    action.setStatusTip("" if enabled else why_not)


def reason(action: QAction) -> str:
    """What a disabled action tells the clerk ("" when it says nothing)."""
    return action.statusTip()
