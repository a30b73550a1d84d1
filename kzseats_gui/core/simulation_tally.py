"""Counting the simulation's runs: list seats per party, with open ties split by the odds of a lot."""

from __future__ import annotations

from fractions import Fraction

import numpy as np

from .batch_list_tier import BatchOutcome


class SeatTally:
    """How many runs gave each list party each number of list seats, summed over chunks."""

    def __init__(self, seats: int, caps: np.ndarray):
        parties = caps.size
        self.seats = seats
        self.caps = caps  # the most list seats each party's list can fill
        self.whole = np.zeros((parties, seats + 1), dtype=np.int64)  # party, seats -> runs
        self.split: list[dict[int, Fraction]] = [{} for _ in range(parties)]  # weights from open ties
        self.admitted = np.zeros(parties, dtype=np.int64)
        self.open_tie_runs = 0

    def add(self, outcome: BatchOutcome) -> None:
        held, tied = outcome.held, outcome.tied
        self.admitted += outcome.admitted.sum(axis=0)
        width = self.seats + 1
        for j in range(held.shape[1]):
            plain = held[~tied[:, j], j] if tied.any() else held[:, j]
            self.whole[j] += np.bincount(plain, minlength=width)[:width]
        open_rows = np.flatnonzero(outcome.tie_seats)
        self.open_tie_runs += open_rows.size
        if open_rows.size:
            self._split(held[open_rows], tied[open_rows], outcome.tie_seats[open_rows])

    def _split(self, held: np.ndarray, tied: np.ndarray, at_stake: np.ndarray) -> None:
        """Each of k tied parties takes one of m seats with probability m / k (capped by its list)."""
        sharing = tied.sum(axis=1)
        for j in range(held.shape[1]):
            rows = tied[:, j]
            if not rows.any():
                continue
            # one row per distinct (seats held, seats at stake, parties tied): rare, so few of them
            cases, counts = np.unique(
                np.stack([held[rows, j], at_stake[rows], sharing[rows]], axis=1), axis=0, return_counts=True
            )
            weights = self.split[j]
            for (seats, m, k), runs in zip(cases.tolist(), counts.tolist(), strict=True):
                wins = Fraction(m, k)
                more = min(seats + 1, int(self.caps[j]))
                weights[seats] = weights.get(seats, Fraction(0)) + runs * (1 - wins)
                weights[more] = weights.get(more, Fraction(0)) + runs * wins

    def weights(self, j: int) -> dict[int, Fraction]:
        """List seats -> weight in runs, for party column ``j``."""
        combined = {seats: Fraction(int(runs)) for seats, runs in enumerate(self.whole[j]) if runs}
        for seats, weight in self.split[j].items():
            combined[seats] = combined.get(seats, Fraction(0)) + weight
        return combined

    def passed(self, j: int) -> int:
        return int(self.admitted[j])
