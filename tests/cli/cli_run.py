"""Run the installed `kzseats` program the way a user does, and build small workbooks for it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import openpyxl

KZSEATS = Path(sys.executable).with_name("kzseats")
SAMPLES = Path(__file__).resolve().parents[2] / "kzseats_gui" / "resources" / "samples"


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


def write_workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path
