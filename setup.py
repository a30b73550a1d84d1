"""Build steps pyproject.toml cannot express: the translations and the licence texts in every build.

The ``.qm`` files the app loads are compiled from the ``.ts`` sources with Qt's ``lrelease`` (shipped
with PySide6-Essentials, a build requirement) straight into the build folder, so a wheel always holds
translations that match its sources; compiled files lying in the source tree are never packed. LICENSE
and THIRD_PARTY_NOTICES.md are copied into ``kzseats_gui/resources/legal`` so that the app can show
them (Help > About) from a wheel as from the frozen app.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
TRANSLATIONS = Path("kzseats_gui", "resources", "translations")
LEGAL = Path("kzseats_gui", "resources", "legal")
LEGAL_FILES = ("LICENSE", "THIRD_PARTY_NOTICES.md")


def find_lrelease() -> str:
    """Qt's lrelease from the PySide6 the build runs with; a clear error when there is none."""
    try:
        import PySide6
    except ImportError:
        sys.exit("kzseats build: PySide6-Essentials is needed to compile the translations (lrelease); "
                 "install it in the build environment or build with pip's default build isolation")
    exe = ".exe" if os.name == "nt" else ""
    folder = Path(PySide6.__file__).parent
    for candidate in (folder / f"lrelease{exe}", folder / "Qt" / "libexec" / f"lrelease{exe}"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which("pyside6-lrelease")
    if found:
        return found
    sys.exit(f"kzseats build: lrelease not found in {folder}; reinstall PySide6-Essentials")


class BuildPyWithTranslations(build_py):
    """setuptools' build_py, then the .qm files compiled from the .ts sources and the licence texts."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install uses the checkout, where dev.py compiles the .qm files
        lrelease = find_lrelease()
        sources = sorted((ROOT / TRANSLATIONS).glob("*.ts"))
        if not sources:
            sys.exit(f"kzseats build: no translation sources in {TRANSLATIONS}")
        out = Path(self.build_lib) / TRANSLATIONS
        out.mkdir(parents=True, exist_ok=True)
        for source in sources:
            target = out / source.with_suffix(".qm").name
            subprocess.run([lrelease, "-silent", str(source), "-qm", str(target)], check=True)
            if not target.exists() or target.stat().st_size == 0:
                sys.exit(f"kzseats build: lrelease wrote no {target.name}")
        legal = Path(self.build_lib) / LEGAL
        legal.mkdir(parents=True, exist_ok=True)
        for name in LEGAL_FILES:
            shutil.copyfile(ROOT / name, legal / name)


setup(cmdclass={"build_py": BuildPyWithTranslations})
