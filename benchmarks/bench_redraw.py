"""How fast the on-screen hemicycle redraws when the result changes (goal: under 16 ms, one frame).

A 98-seat Mazhilis chart, offscreen: each round gives the view a different result (a list seat moves
between parties, as a what-if edit would) and repaints it at once. Prints the figures and the machine.

    python benchmarks/bench_redraw.py [--rounds N] [--seats 98]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from dataclasses import replace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import __version__ as pyside_version  # noqa: E402
from PySide6.QtCore import qVersion  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from kzseats_gui.core.allocator import allocate  # noqa: E402
from kzseats_gui.core.bodies import resolve_settings  # noqa: E402
from kzseats_gui.fileio.workbook import read_workbook  # noqa: E402
from kzseats_gui.paths import sample_path  # noqa: E402
from kzseats_gui.ui.onscreen.hemicycle_view import HemicycleView  # noqa: E402

GOAL_MS = 16.0


def variants(election, result, count: int):
    """Results that differ from ``result`` by one list seat moved between two parties, round robin."""
    parties = [p for p in result.parties if p.list_seats > 0]
    out = []
    for i in range(count):
        giver, taker = parties[i % len(parties)], parties[(i + 1) % len(parties)]
        changed = tuple(
            replace(p, list_seats=p.list_seats - 1, list_seats_won=p.list_seats_won - 1)
            if p is giver
            else replace(p, list_seats=p.list_seats + 1, list_seats_won=p.list_seats_won + 1)
            if p is taker
            else p
            for p in result.parties
        )
        out.append(replace(result, parties=changed))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    args = parser.parse_args()

    app = QApplication.instance() or QApplication(sys.argv[:1])
    election = read_workbook(sample_path("mazhilis-2023.xlsx"))
    result = allocate(election, resolve_settings(election.overrides))
    view = HemicycleView()
    view.resize(900, 600)
    view.show()
    app.processEvents()
    viewport = view.graphics_view.viewport()
    results = variants(election, result, args.rounds)

    def measure(change) -> tuple[list[float], list[float], list[float]]:
        rebuild, paint, total = [], [], []
        for i in range(args.rounds):
            start = time.perf_counter()
            change(i)
            built = time.perf_counter()
            viewport.repaint()  # synchronous paint of the whole chart
            done = time.perf_counter()
            rebuild.append((built - start) * 1000)
            paint.append((done - built) * 1000)
            total.append((done - start) * 1000)
        return rebuild, paint, total

    for warm in results[:10]:  # first paints fill the seat sprite cache and font caches
        view.set_result(election, warm)
        viewport.repaint()
    one_seat = measure(lambda i: view.set_result(election, results[i]))
    # worst case: the party order flips, so nearly every seat changes colour and is drawn again
    every_seat = measure(lambda i: view.set_order("seats" if i % 2 == 0 else "ballot"))

    def line(name: str, values: list[float]) -> str:
        values = sorted(values)
        p95 = values[int(len(values) * 0.95) - 1]
        return (
            f"{name:<22} median {statistics.median(values):6.2f} ms   p95 {p95:6.2f} ms   "
            f"max {values[-1]:6.2f} ms"
        )

    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
        f"{platform.system()} {platform.release()}"
    )
    print(
        f"python {platform.python_version()}, Qt {qVersion()}, PySide6 {pyside_version}, "
        f"platform {app.platformName()}"
    )
    print(f"98-seat hemicycle, {view.width()}x{view.height()} px, {args.rounds} redraws per case")
    for name, (rebuild, paint, total) in (
        ("a list seat moves between parties", one_seat),
        ("party order flips (all seats redrawn)", every_seat),
    ):
        print(f"-- {name}")
        print(line("set_result (scene+items)", rebuild))
        print(line("repaint", paint))
        print(line("redraw total", total))
        median = statistics.median(total)
        print(f"goal {GOAL_MS:.0f} ms: {'met' if median < GOAL_MS else 'NOT met'} (median {median:.2f} ms)")
    view.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
