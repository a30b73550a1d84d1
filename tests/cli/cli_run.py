"""Run the installed `kzseats` program the way a user does, and build small workbooks for it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

KZSEATS = Path(sys.executable).with_name("kzseats")
SAMPLES = Path(__file__).resolve().parents[2] / "kzseats_gui" / "resources" / "samples"

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "fileio"))
from fileio_books import write_book as write_workbook  # noqa: E402, F401  (the one workbook writer)


class Run:
    def __init__(self, completed: subprocess.CompletedProcess[str]):
        self.code = completed.returncode
        self.out = completed.stdout
        self.err = completed.stderr

    def json(self) -> dict:
        return json.loads(self.out)


def kzseats(*args: object) -> Run:
    completed = subprocess.run(
        [str(KZSEATS), *map(str, args)], capture_output=True, text=True, timeout=120
    )
    return Run(completed)
