"""What the breakdown charts (``tier_view``, ``quota_view``) share: colours, bar heights, the joint
of a row's text parts."""

from __future__ import annotations

SHORTFALL_COLOR = "#D32F2F"
MET_COLOR = "#2E7D32"
REQUIRED_COLOR = "#1A1A1A"
INFO_COLOR = "#757575"  # the quota where it is not law: shown for information only
MUTED_COLOR = "#555555"
BAR_HEIGHT = 0.62
PAIR_HEIGHT = 0.34
SEPARATOR = " · "

__all__ = [
    "BAR_HEIGHT",
    "INFO_COLOR",
    "MET_COLOR",
    "MUTED_COLOR",
    "PAIR_HEIGHT",
    "REQUIRED_COLOR",
    "SEPARATOR",
    "SHORTFALL_COLOR",
]
