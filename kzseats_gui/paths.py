"""Where bundled resources live: package data inside ``kzseats_gui``, the same in a checkout, a wheel
and the frozen app (PyInstaller keeps the package folder layout under ``sys._MEIPASS``)."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "kzseats_gui" / "resources"
    return Path(str(resources.files("kzseats_gui") / "resources"))


def sample_path(name: str = "mazhilis-2023.xlsx") -> Path:
    return resources_dir() / "samples" / name
