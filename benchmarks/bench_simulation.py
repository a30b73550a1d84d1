"""How long the strategist tools take on the 2023 Mazhilis: prints figures, asserts nothing.

    .venv/bin/python benchmarks/bench_simulation.py [--runs N]

Goal: 1,000 simulation runs well under a few seconds; sensitivity of all seven parties well under one.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import replace

from kzseats_gui.core.bodies import resolve_settings
from kzseats_gui.core.model import Election, Method, Party, SettingsOverrides
from kzseats_gui.core.sensitivity import sensitivity
from kzseats_gui.core.simulation import simulate

# Official 2023 list figures (docs: kazakh-election-rules.md), ballot order.
OFFICIAL_2023 = (
    ("Amanat", 3_431_510), ("Auyl", 693_938), ("Respublica", 547_154), ("People's Party", 432_920),
    ("Baytaq", 146_431), ("Ak Zhol", 535_139), ("OSDP", 331_058),
)


def best_of(repeats: int, work) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    election = Election(
        tuple(Party(name, votes, order) for order, (name, votes) in enumerate(OFFICIAL_2023, start=1)),
        against_all=248_291,
    )
    settings = resolve_settings(SettingsOverrides())

    seconds = best_of(args.repeats, lambda: simulate(election, settings, args.runs, 2, seed=1))
    print(f"simulate, 2023 Mazhilis, {args.runs} runs, spread 2 pp: {seconds:.3f} s "
          f"({seconds / args.runs * 1e3:.2f} ms per run, best of {args.repeats})")
    for method in Method:
        rules = replace(settings, method=method)
        seconds = best_of(args.repeats, lambda rules=rules: sensitivity(election, rules))
        print(f"sensitivity, 2023 Mazhilis, 7 parties, {method.value}: {seconds:.3f} s")


if __name__ == "__main__":
    main()
