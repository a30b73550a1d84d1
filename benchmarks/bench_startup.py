#!/usr/bin/env python3
"""Time from starting `kzseats-gui` to its first painted window, and to the sample's result on screen.

Each run starts a fresh process with KZSEATS_REPORT_FIRST_PAINT=1 (the app then prints the wall-clock
time of its first paint, of the first painted result — summary and tables — and of the charts, which
are built right after the result shows) and ends it once the charts are painted.
Goal: the window painted with the 2023 sample's result under 1.5 s on 2 cores.

    .venv/bin/python benchmarks/bench_startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time

GOAL_S = 1.5
MARKS = ("first-paint", "result-painted", "charts-painted")
TIMEOUT_S = 60


def one_run(env: dict[str, str]) -> dict[str, float]:
    started = time.time()
    process = subprocess.Popen([sys.executable, "-m", "kzseats_gui"], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True, env=env)
    marks: dict[str, float] = {}
    try:
        assert process.stdout is not None
        deadline = started + TIMEOUT_S
        while "charts-painted" not in marks and time.time() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            name, _, stamp = line.strip().partition(" ")
            if name in MARKS:
                marks[name] = float(stamp) - started
    finally:
        process.terminate()
        process.wait(10)
    return marks


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, KZSEATS_REPORT_FIRST_PAINT="1", XDG_CONFIG_HOME=home, XDG_DATA_HOME=home)
        if not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        print(f"{platform.platform()}; {os.cpu_count()} CPUs; Python {platform.python_version()}; "
              f"QPA {env.get('QT_QPA_PLATFORM', 'default')}")
        one_run(env)  # warm the file cache and bytecode, as a second start would be
        runs = [one_run(env) for _ in range(args.runs)]
    for name in MARKS:
        values = [run[name] for run in runs if name in run]
        if len(values) < len(runs):
            print(f"{name}: missing in {len(runs) - len(values)} of {len(runs)} runs")
        if values:
            print(f"{name}: median {statistics.median(values):.3f} s, min {min(values):.3f} s, "
                  f"max {max(values):.3f} s over {len(values)} runs")
    painted = [run["result-painted"] for run in runs if "result-painted" in run]
    if painted:
        verdict = "met" if statistics.median(painted) < GOAL_S else "NOT met"
        print(f"window with the sample's result painted: median {statistics.median(painted):.3f} s "
              f"(goal < {GOAL_S} s: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
