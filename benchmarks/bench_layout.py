"""Hemicycle layout speed: the uncached layout of 10,000 seats (goal: under 10 ms).

Run: python benchmarks/bench_layout.py [--repeat N]
Prints the machine, then the best of N uncached runs for several chamber sizes. If the parliamentarch
package happens to be importable, its ``get_seats_centers`` is timed the same way for comparison.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import time
from collections.abc import Callable


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            cpu = next((line.split(":", 1)[1].strip() for line in info if line.startswith("model name")), cpu)
    except OSError:
        pass
    import numpy

    return (
        f"{platform.system()} {platform.release()} | {cpu} | {os.cpu_count()} CPUs | "
        f"Python {platform.python_version()} ({platform.python_implementation()}) | numpy {numpy.__version__}"
    )


def best_of(run: Callable[[], object], repeat: int) -> float:
    """Best wall time in milliseconds; the result is released outside the timed span."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        result = run()
        elapsed = time.perf_counter() - start
        del result
        best = min(best, elapsed)
    return best * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()

    from kzseats_gui.charts.hemicycle import compute_layout, hemicycle_layout

    print(machine())
    for seats in (98, 700, 2000, 10000):
        compute_layout(seats)  # warm the row-capacity cache, as any real use has
        ms = best_of(lambda seats=seats: compute_layout(seats), args.repeat)
        print(f"compute_layout({seats:>5}) uncached: best of {args.repeat}: {ms:7.3f} ms")
    hemicycle_layout(10000)
    ms = best_of(lambda: hemicycle_layout(10000), args.repeat)
    print(f"hemicycle_layout(10000) cached:   best of {args.repeat}: {ms:7.4f} ms")
    goal = best_of(lambda: compute_layout(10000), args.repeat)
    print(f"goal: 10,000 seats under 10 ms -> {'met' if goal < 10 else 'NOT met'} ({goal:.3f} ms)")

    try:
        from parliamentarch.geometry import get_seats_centers
    except ImportError:
        print("parliamentarch not installed: no comparison")
    else:
        get_seats_centers(10000)
        ms = best_of(lambda: get_seats_centers(10000), args.repeat)
        print(f"parliamentarch get_seats_centers(10000): best of {args.repeat}: {ms:7.3f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
