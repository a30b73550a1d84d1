#!/usr/bin/env python3
"""Build the frozen app with PyInstaller, then smoke-test what was built.

    .venv/bin/python installer/build.py          (Windows: .venv\\Scripts\\python installer\\build.py)

The smoke test runs the frozen programs the way a user would: `kzseats allocate` on the bundled
sample (checks Amanat's 62 seats) and `kzseats-gui --screenshot` offscreen (checks a PNG appears).
On Windows, `iscc installer\\kzseats.iss` then wraps dist\\kzseats into a setup program.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "kzseats"
PYINSTALLER_VERSION = "6.22.3"


def build() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", f"pyinstaller=={PYINSTALLER_VERSION}"],
                       check=True)
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
         "--distpath", str(ROOT / "dist"), "--workpath", str(ROOT / "build"),
         str(ROOT / "installer" / "kzseats.spec")],
        check=True,
    )


def smoke_test() -> None:
    exe = ".exe" if os.name == "nt" else ""
    sample = DIST / "_internal" / "kzseats_gui" / "resources" / "samples" / "mazhilis-2023.xlsx"
    if not sample.exists():
        sample = DIST / "kzseats_gui" / "resources" / "samples" / "mazhilis-2023.xlsx"
    out = subprocess.run([str(DIST / f"kzseats{exe}"), "allocate", str(sample), "--json"],
                         capture_output=True, text=True, check=True)
    amanat = next(p for p in json.loads(out.stdout)["parties"] if p["name"] == "Amanat")
    assert amanat["total_seats"] == 62, amanat
    with tempfile.TemporaryDirectory() as tmp:
        shot = Path(tmp) / "window.png"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        subprocess.run([str(DIST / f"kzseats-gui{exe}"), "--screenshot", str(shot)], env=env, check=True,
                       timeout=120)
        assert shot.stat().st_size > 10_000, "the frozen window rendered an empty screenshot"
    print(f"Frozen app in {DIST} passed the smoke test.")


if __name__ == "__main__":
    build()
    smoke_test()
