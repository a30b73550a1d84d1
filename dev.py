#!/usr/bin/env python3
"""Set up the project in .venv/ and run it or its tests: the two commands the README gives.

    python3 dev.py run [WORKBOOK] [kzseats-gui options]   set up, then open the app (the 2023 sample)
    python3 dev.py test [pytest options]                  set up, then run the whole test suite

Both are safe to run again: the environment is rebuilt only when pyproject.toml or the pinned
constraints change. Only the standard library is used here, so a bare Python 3.11+ can run it.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
CONSTRAINTS = ROOT / "requirements" / "constraints.txt"
STAMP = VENV / ".kzseats-installed"


def venv_bin(name: str) -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / (name + (".exe" if not name.endswith(".exe") else ""))
    return VENV / "bin" / name


def wanted_stamp() -> str:
    digest = hashlib.sha256()
    for path in (ROOT / "pyproject.toml", CONSTRAINTS):
        digest.update(path.read_bytes())
    return digest.hexdigest()


def set_up() -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 (dev.py may be started by an older Python)
        sys.exit(f"kzseats needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    python = venv_bin("python")
    if not python.exists():
        print("Creating .venv/ ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    if STAMP.exists() and STAMP.read_text().strip() == wanted_stamp():
        return
    print("Installing kzseats and its pinned dependencies into .venv/ ...", flush=True)
    pip = [str(python), "-m", "pip", "--disable-pip-version-check", "-q"]
    # The build requirements first (pyproject.toml [build-system]): the install below uses them as they are.
    build_requirements = ["pip", "setuptools", "wheel", "PySide6-Essentials"]
    subprocess.run([*pip, "install", "-c", str(CONSTRAINTS), *build_requirements], check=True)
    subprocess.run(
        [*pip, "install", "--no-build-isolation", "-c", str(CONSTRAINTS), "-e", f"{ROOT}[test]"], check=True
    )
    STAMP.write_text(wanted_stamp())


def build_translations() -> None:
    """The .qm files the app loads are built from the .ts sources, never committed: rebuild when stale."""
    folder = ROOT / "kzseats_gui" / "resources" / "translations"
    stale = [ts for ts in folder.glob("*.ts")
             if not ts.with_suffix(".qm").exists()
             or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    if stale:
        subprocess.run([str(venv_bin("python")), str(ROOT / "tools" / "update_translations.py"),
                        "--release-only"], check=True, cwd=ROOT)


def run_app(extra: list[str]) -> int:
    return subprocess.call([str(venv_bin("kzseats-gui")), *extra])


def run_tests(extra: list[str]) -> int:
    python = str(venv_bin("python"))
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    return subprocess.call([python, "-m", "pytest", *extra], cwd=ROOT, env=env)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("run", "test", "setup"):
        print(__doc__, file=sys.stderr)
        return 2
    command, extra = argv[0], argv[1:]
    set_up()
    build_translations()
    if command == "run":
        return run_app(extra)
    if command == "test":
        return run_tests(extra)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
