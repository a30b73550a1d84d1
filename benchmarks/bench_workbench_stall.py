#!/usr/bin/env python3
"""How long the window stops responding while its Uncertainty pane runs a million-run simulation.

The window opens the bundled 2023 Mazhilis sample; a 5 ms QTimer on the GUI thread records the gaps
between its ticks while the pane simulates (absolute model, 2 points, fixed seed) in the background.
The longest gap is the longest time the window could not react to the user. Goal: under 50 ms.
Prints figures, asserts nothing.

    .venv/bin/python benchmarks/bench_workbench_stall.py [--runs 1000000] [--repeats 3]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GOAL_MS = 50
TICK_MS = 5


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from kzseats_gui.ui.user_files import sample_copy
    from kzseats_gui.ui.window.main_window import MainWindow

    app = QApplication([])
    with tempfile.TemporaryDirectory() as scratch:
        window = MainWindow(QSettings(os.path.join(scratch, "k.ini"), QSettings.Format.IniFormat))
        window.resize(1366, 768)
        window.show()
        window.open_path(sample_copy())
        pane = window.workbench.simulation
        while window.workbench.session.analysis is None or window.is_busy():
            app.processEvents()
            time.sleep(0.01)
        print(f"{platform.platform()}, {os.cpu_count()} cores; {args.runs:,} runs per simulation")
        worst, seconds = [], []
        for repeat in range(args.repeats):
            gaps: list[float] = []
            clock = QElapsedTimer()
            clock.start()
            last = [clock.nsecsElapsed()]

            def tick(gaps=gaps, clock=clock, last=last) -> None:
                now = clock.nsecsElapsed()
                gaps.append((now - last[0]) / 1e6)
                last[0] = now

            timer = QTimer()
            timer.setInterval(TICK_MS)
            timer.timeout.connect(tick)
            pane.runs.setValue(args.runs)
            pane.seed.setValue(2026 + repeat)
            pane.result = None
            started = time.perf_counter()
            timer.start()
            pane.start()
            while pane.result is None and (pane.is_running() or time.perf_counter() - started < 1):
                app.processEvents()
                time.sleep(0.001)
            seconds.append(time.perf_counter() - started)
            timer.stop()
            worst.append(max(gaps[1:], default=0.0))
            print(f"  run {repeat + 1}: {seconds[-1]:.2f} s in the window, "
                  f"longest GUI gap {worst[-1]:.1f} ms ({len(gaps)} ticks)")
        print(f"median {statistics.median(seconds):.2f} s; longest GUI gap {max(worst):.1f} ms "
              f"(goal < {GOAL_MS} ms)")
        window.close()


if __name__ == "__main__":
    main()
