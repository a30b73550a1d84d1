#!/usr/bin/env python3
"""How long the window stops responding while a big workbook is imported and allocated.

A 5 ms QTimer runs on the GUI thread and records the gaps between its ticks while the window reads and
allocates a workbook with 10,000 polling stations (List votes sheet). The longest gap is the longest
time the window could not react to the user. Goal: under 50 ms.

    .venv/bin/python benchmarks/bench_gui_stall.py [--stations 10000] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

GOAL_MS = 50
TICK_MS = 5
OUT = Path(__file__).resolve().parent / "out"
PARTIES = ["Amanat", "Auyl", "Respublica", "People's Party", "Baytaq", "Ak Zhol", "OSDP"]
SHARES = [0.539, 0.109, 0.086, 0.068, 0.023, 0.084, 0.052]


def make_workbook(path: Path, stations: int) -> Path:
    """Parties, a List votes sheet with one row per polling station, and 29 districts (seeded)."""
    import openpyxl

    rng = random.Random(2023)
    book = openpyxl.Workbook(write_only=True)
    parties = book.create_sheet("Parties")
    parties.append(["Party"])
    for name in PARTIES:
        parties.append([name])
    votes = book.create_sheet("List votes")
    votes.append(["Region", "Polling station", *PARTIES, "Against all", "Invalid"])
    for station in range(1, stations + 1):
        voters = rng.randint(300, 900)
        row = [int(voters * share * rng.uniform(0.8, 1.2)) for share in SHARES]
        votes.append([f"Region {station % 20 + 1}", station, *row, int(voters * 0.039), rng.randint(0, 9)])
    districts = book.create_sheet("Districts")
    districts.append(["District", "Candidate", "Party", "Votes"])
    for number in range(1, 30):
        districts.append([number, f"Candidate {number}A", "Amanat", rng.randint(40_000, 90_000)])
        districts.append([number, f"Candidate {number}B", None, rng.randint(10_000, 39_000)])
    book.save(path)
    return path


def machine() -> str:
    from PySide6 import __version__ as pyside
    from PySide6.QtCore import qVersion

    return (f"{platform.platform()}; {os.cpu_count()} CPUs ({platform.processor() or platform.machine()}); "
            f"Python {platform.python_version()}; Qt {qVersion()}; PySide6 {pyside}; "
            f"QPA {os.environ.get('QT_QPA_PLATFORM', 'default')}")


def measure(window, path: Path) -> tuple[float, list[tuple[float, str]]]:
    """Seconds from open to idle, and every gap between timer ticks (ms) with the phase it ended in."""
    from PySide6.QtCore import QEventLoop, QTimer

    gaps: list[tuple[float, str]] = []
    last = [time.perf_counter()]
    phase = ["importing"]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(((now - last[0]) * 1000, phase[0]))
        last[0] = now

    def next_phase(tag, _value) -> None:
        phase[0] = "allocating" if tag[0] == "read" else "showing the result"

    timer = QTimer()
    timer.setInterval(TICK_MS)
    timer.timeout.connect(tick)
    loop = QEventLoop()
    window.idle.connect(loop.quit)
    window.session.runner.succeeded.connect(next_phase)
    timer.start()
    started = time.perf_counter()
    last[0] = started
    window.open_path(path)
    loop.exec()
    elapsed = time.perf_counter() - started
    timer.stop()
    window.idle.disconnect(loop.quit)
    window.session.runner.succeeded.disconnect(next_phase)
    return elapsed, gaps


def settle(app, seconds: float = 0.5) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--stations", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    OUT.mkdir(exist_ok=True)
    path = OUT / f"stations-{args.stations}.xlsx"
    if not path.exists():
        print(f"writing {path.name} ...", flush=True)
        make_workbook(path, args.stations)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from kzseats_gui.ui.window.main_window import MainWindow

    with tempfile.TemporaryDirectory() as folder:
        window = MainWindow(QSettings(str(Path(folder) / "bench.ini"), QSettings.Format.IniFormat),
                            interactive=False)
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        print(machine())
        print(f"workbook: {path.name}, {path.stat().st_size / 1e6:.1f} MB, {args.stations} polling stations")
        worst = []
        for run in range(1, args.runs + 1):
            settle(app)  # the previous result finishes painting, as it would before a user acts
            elapsed, gaps = measure(window, path)
            if window.session.result is None:
                print(f"run {run}: no result ({window.commands.last_error})")
                return 1
            values = [gap for gap, _ in gaps]
            longest, where = max(gaps)
            worst.append(longest)
            p99 = statistics.quantiles(values, n=100, method="inclusive")[98]
            print(f"run {run}: import + allocation {elapsed:.2f} s; longest stall {longest:.1f} ms "
                  f"(while {where}); p99 {p99:.1f} ms; "
                  f"gaps over {GOAL_MS} ms: {sum(v > GOAL_MS for v in values)} of {len(values)}")
        window.close()
    verdict = "met" if max(worst) < GOAL_MS else "NOT met"
    print(f"longest stall over {args.runs} runs: {max(worst):.1f} ms (goal < {GOAL_MS} ms: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
