"""The Linux desktop entry: kzseats in the applications menu and in "Open with" for .xlsx files.

``kzseats-gui --install-desktop-entry`` writes ``kzseats.desktop`` into the user's applications folder
(``$XDG_DATA_HOME/applications``, normally ``~/.local/share/applications``) and the icon into the hicolor
theme beside it. The entry lists the workbook MIME types, so file managers offer kzseats under "Open
with"; it never makes itself the default program for them (that choice lives in ``mimeapps.list``, which
is not touched). The frozen Linux build carries a rendered copy beside its programs.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from . import __version__
from .paths import icon_path, resources_dir

ENTRY_NAME = "kzseats.desktop"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render_desktop_entry(executable: Path | str) -> str:
    """The entry's text for a ``kzseats-gui`` program at ``executable`` (the version from the package)."""
    template = (resources_dir() / "desktop" / f"{ENTRY_NAME}.in").read_text(encoding="utf-8")
    text = str(executable)
    quoted = f'"{text}"' if any(c in text for c in ' "\'\\$`') else text
    return template.format(exec=quoted, try_exec=text, version=__version__)


def gui_executable() -> Path:
    """The ``kzseats-gui`` program of this installation (frozen: the running program)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve()
    beside = Path(sys.executable).with_name("kzseats-gui")
    found = beside if beside.exists() else shutil.which("kzseats-gui")
    return Path(found) if found else beside


def install_desktop_entry(data_home: Path | None = None) -> Path:
    """Write the entry and the icons for the current user; returns the entry's path."""
    data_home = data_home or Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    applications = data_home / "applications"
    applications.mkdir(parents=True, exist_ok=True)
    for size in ICON_SIZES:
        folder = data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(icon_path(f"kzseats-{size}.png"), folder / "kzseats.png")
    scalable = data_home / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(icon_path("kzseats.svg"), scalable / "kzseats.svg")
    entry = applications / ENTRY_NAME
    entry.write_text(render_desktop_entry(gui_executable()), encoding="utf-8")
    return entry
