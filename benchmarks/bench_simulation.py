"""How long the strategist tools take on the 2023 Mazhilis: prints figures, asserts nothing.

    .venv/bin/python benchmarks/bench_simulation.py [--runs N] [--loop-runs N] [--repeats N]

Goal: 1,000,000 simulation runs under 3 s on a 2-core machine (each run's seats decided exactly).
Side by side, the single-election exact list tier (``what_if.ListSeatsProbe.run``, the code
``allocate`` runs) in a Python loop over the same kind of perturbed votes, timed on fewer runs and
scaled to the same count; the ratio is printed.
"""

from __future__ import annotations

import argparse
import os
import platform
import threading
import time
from dataclasses import replace
from fractions import Fraction

import numpy as np

from kzseats_gui.core.bodies import resolve_settings
from kzseats_gui.core.model import Election, Method, Party, SettingsOverrides
from kzseats_gui.core.seat_curve import seat_curve
from kzseats_gui.core.sensitivity import sensitivity
from kzseats_gui.core.simulation import simulate
from kzseats_gui.core.simulation_models import Uncertainty, draw_votes
from kzseats_gui.core.what_if import ListSeatsProbe
from kzseats_gui.fileio.workbook import read_workbook
from kzseats_gui.paths import sample_path

# Official 2023 list figures (docs: kazakh-election-rules.md), ballot order.
OFFICIAL_2023 = (
    ("Amanat", 3_431_510), ("Auyl", 693_938), ("Respublica", 547_154), ("People's Party", 432_920),
    ("Baytaq", 146_431), ("Ak Zhol", 535_139), ("OSDP", 331_058),
)
AGAINST_ALL_2023 = 248_291


def best_of(repeats: int, work) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def exact_loop_seconds(election: Election, settings, runs: int) -> float:
    """Seconds per run of the single-election list tier over perturbed votes (the draws not timed)."""
    probe = ListSeatsProbe(election, settings)
    counts = np.array([*probe.votes, election.against_all], dtype=np.int64)
    drawn = draw_votes(np.random.default_rng(1), counts, runs, Uncertainty(spread=Fraction(2))).tolist()
    start = time.perf_counter()
    for row in drawn:
        probe.run(row[:-1], row[-1])
    return (time.perf_counter() - start) / runs


def longest_gap_ms(work) -> float:
    """The longest gap of a 5 ms sleep loop on this thread while ``work`` runs in another thread:
    what a window's event loop would see while the simulation runs in the background."""
    finished = threading.Event()

    def run() -> None:
        work()
        finished.set()

    worker = threading.Thread(target=run)
    worker.start()
    longest, last = 0.0, time.perf_counter()
    while not finished.is_set():
        time.sleep(0.005)
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
    worker.join()
    return longest * 1e3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1_000_000)
    parser.add_argument("--loop-runs", type=int, default=5_000)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()

    print(f"{platform.machine()} {platform.processor() or ''} {os.cpu_count()} CPUs, "
          f"Python {platform.python_version()}, NumPy {np.__version__}, load {os.getloadavg()[0]:.2f}")
    election = Election(
        tuple(Party(name, votes, order) for order, (name, votes) in enumerate(OFFICIAL_2023, start=1)),
        against_all=AGAINST_ALL_2023,
    )
    settings = resolve_settings(SettingsOverrides())

    for method in Method:
        rules = replace(settings, method=method)
        def vectorised_run(rules=rules):
            simulate(election, rules, args.runs, 2, seed=1)

        vectorised = best_of(args.repeats, vectorised_run)
        per_run = exact_loop_seconds(election, rules, args.loop_runs)
        looped = per_run * args.runs
        print(f"simulate {method.value:12} {args.runs:,} runs, absolute 2 pp: {vectorised:.2f} s "
              f"(best of {args.repeats}) | exact list tier in a loop: {per_run * 1e6:.0f} us per run "
              f"-> {looped:.0f} s for {args.runs:,} | ratio {looped / vectorised:.0f}x")
    for model, options in (("proportional", {"spread": 10}), ("poll", {"spread": 0, "poll_size": 1500})):
        spread = options.pop("spread")
        seconds = best_of(args.repeats, lambda model=model, spread=spread, options=options: simulate(
            election, settings, args.runs, spread, seed=1, model=model, **options))
        print(f"simulate hare {model} model, {args.runs:,} runs: {seconds:.2f} s (best of {args.repeats})")
    sample = read_workbook(sample_path("mazhilis-2023.xlsx"))
    sample_rules = resolve_settings(sample.overrides)
    seconds = best_of(args.repeats, lambda: simulate(sample, sample_rules, args.runs, 2, seed=1,
                                                      vary_districts=True))
    print(f"simulate hare, the 2023 sample with its 29 districts drawn too, {args.runs:,} runs: "
          f"{seconds:.2f} s (best of {args.repeats})")
    gap = longest_gap_ms(lambda: simulate(election, settings, args.runs, 2, seed=1))
    print(f"longest gap of a 5 ms timer loop while {args.runs:,} runs go on in a worker thread: {gap:.1f} ms")
    for method in Method:
        rules = replace(settings, method=method)
        seconds = best_of(args.repeats, lambda rules=rules: sensitivity(election, rules))
        curves = best_of(args.repeats, lambda rules=rules: [
            seat_curve(election, rules, p.name) for p in election.parties])
        print(f"sensitivity, 2023 Mazhilis, 7 parties, {method.value}: {seconds:.3f} s; "
              f"seats-versus-votes steps of all 7: {curves:.3f} s")


if __name__ == "__main__":
    main()
