#!/usr/bin/env python3
"""Import speed: a national result with 10,000 polling stations.

    .venv/bin/python benchmarks/bench_import.py [--stations N] [--repeat R]

Goal: the whole `kzseats allocate FILE --json` run (a fresh process: start-up, import, allocation,
JSON) takes at most half the time of a bare openpyxl read-only pass over the same file
(``load_workbook(read_only=True, data_only=True)`` iterating every row with ``values_only``).
Prints the best of R runs for each, the ratio, and the machine it ran on.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import openpyxl

PARTIES = ["Amanat", "Auyl", "Respublica", "People's Party", "Baytaq", "Ak Zhol", "OSDP"]


def build_workbook(path: Path, stations: int) -> None:
    rng = random.Random(10_000)
    rows = []
    totals = [0] * (len(PARTIES) + 2)
    for station in range(1, stations + 1):
        counts = [rng.randrange(0, 900) for _ in totals]
        totals = [t + c for t, c in zip(totals, counts, strict=True)]
        rows.append([f"Region {station % 20 + 1}", station, *counts])
    book = openpyxl.Workbook(write_only=True)
    election = book.create_sheet("Election")
    election.append(["Setting", "Value"])
    election.append(["Body", "mazhilis"])
    parties = book.create_sheet("Parties")
    parties.append(["Party", "Votes"])
    for name, votes in zip(PARTIES, totals, strict=False):
        parties.append([name, votes])
    parties.append(["Against all", totals[len(PARTIES)]])
    votes = book.create_sheet("List votes")
    votes.append(["Region", "Polling station", *PARTIES, "Against all", "Invalid"])
    for row in rows:
        votes.append(row)
    book.save(path)


def best_of(repeat: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return min(times)


def openpyxl_pass(path: Path) -> int:
    book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    cells = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            cells += len(row)
    book.close()
    return cells


def cli_command(path: Path) -> list[str]:
    kzseats = Path(sys.executable).with_name("kzseats.exe" if os.name == "nt" else "kzseats")
    if kzseats.exists():
        return [str(kzseats), "allocate", str(path), "--json"]
    code = (
        "import sys; from kzseats_gui.fileio.workbook import read_workbook; "
        "from kzseats_gui.core.allocator import allocate; "
        "from kzseats_gui.core.bodies import resolve_settings; "
        "e = read_workbook(sys.argv[1]); allocate(e, resolve_settings(e.overrides))"
    )
    return [sys.executable, "-c", code, str(path)]


def run_cli(command: list[str]) -> None:
    completed = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if completed.returncode not in (0, 3):
        raise SystemExit(f"{command[0]} failed ({completed.returncode}): {completed.stderr}")


def calamine_pass(path: Path) -> int | None:
    try:
        from python_calamine import CalamineWorkbook
    except ImportError:
        return None
    book = CalamineWorkbook.from_path(str(path))
    return sum(len(row) for name in book.sheet_names for row in book.get_sheet_by_name(name).to_python())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stations", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    from kzseats_gui.fileio.workbook import read_workbook

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "list-votes.xlsx"
        build_workbook(path, args.stations)
        command = cli_command(path)
        run_cli(command)  # warm the file cache and check it works

        bare = best_of(args.repeat, lambda: openpyxl_pass(path))
        cli = best_of(args.repeat, lambda: run_cli(command))
        reader = best_of(args.repeat, lambda: read_workbook(path))
        has_calamine = importlib.util.find_spec("python_calamine") is not None
        calamine = best_of(args.repeat, lambda: calamine_pass(path)) if has_calamine else None

        size = path.stat().st_size
    print(
        f"machine: {platform.machine()} {platform.system()}, nproc {os.cpu_count()}, "
        f"Python {platform.python_version()} ({platform.python_implementation()})"
    )
    print(
        f"workbook: {args.stations:,} polling stations x {len(PARTIES)} parties + against all + invalid, "
        f"{size / 1e6:.1f} MB; best of {args.repeat}"
    )
    print(f"  openpyxl read-only pass (in-process)       {bare * 1000:8.0f} ms")
    label = "kzseats allocate FILE --json" if command[1] == "allocate" else "python -c read + allocate"
    print(f"  {label + ' (new process)':<43}{cli * 1000:8.0f} ms")
    print(f"  read_workbook alone (in-process)           {reader * 1000:8.0f} ms")
    if calamine is not None:
        print(f"  python-calamine pass (for comparison only) {calamine * 1000:8.0f} ms")
    ratio = cli / bare
    verdict = "meets" if ratio <= 0.5 else "MISSES"
    print(f"ratio whole run / openpyxl pass = {ratio:.2f} ({verdict} the goal of at most 0.50)")


if __name__ == "__main__":
    main()
