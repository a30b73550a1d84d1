"""The districts in the simulation: each district's vote drawn too, its winner decided per run.

Used when the simulation is asked to vary the districts and the workbook gives per-district votes.
Every district with a result draws its candidates' votes and "against all" by the same uncertainty
model as the list vote, independently of the list and of the other districts (so a national swing is
not carried into the districts: the spread of seats there is the spread of local results), with the
same district total. The candidate with the most votes wins, as in ``districts``: when "against all"
leads, the seat is void under the "void" setting and goes to the leading candidate otherwise. Equal
leaders count by the odds of a fair lot: each of k tied candidates wins with probability 1 / k.
Pending districts stay pending.

``TotalTally`` then counts every party's *total* seats per run (list held + districts won), which the
probabilities of a majority and of two thirds need when both tiers move; each lot in a run (the list
tie, and every district tie) is an independent draw, so a party's seats in such a run are its decided
seats plus a sum of independent 0-or-1 chances.
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np

from .batch_list_tier import BatchOutcome
from .model import AgainstAllLeads, Settings
from .result import AllocationResult
from .row_sums import row_sums
from .simulation_models import Uncertainty, draw_votes


class DistrictDraws:
    """District seats per party column (``columns``: party names) for each drawn run."""

    def __init__(self, plain: AllocationResult, settings: Settings, uncertainty: Uncertainty,
                 columns: list[str]):
        self.uncertainty = uncertainty
        self.void_when_against_all_leads = settings.against_all_leads is AgainstAllLeads.VOID
        index = {name: k for k, name in enumerate(columns)}
        self.columns = len(columns)
        self.districts = []  # (counts incl. against all, party column of each candidate or -1)
        for outcome in plain.districts:
            if outcome.pending or not outcome.candidates:
                continue
            counts = np.array([c.votes for c in outcome.candidates] + [outcome.against_all], dtype=np.int64)
            owners = np.array([index.get(c.party, -1) if c.party else -1 for c in outcome.candidates])
            self.districts.append((counts, owners))

    @property
    def any(self) -> bool:
        return bool(self.districts)

    def draw(self, rng: np.random.Generator, runs: int) -> tuple[np.ndarray, list[tuple[int, int, Fraction]]]:
        """Decided district seats (runs x columns) and the lot chances (run, column, probability)."""
        seats = np.zeros((runs, self.columns), dtype=np.int64)
        chances: list[tuple[int, int, Fraction]] = []
        for counts, owners in self.districts:
            drawn = draw_votes(rng, counts, runs, self.uncertainty)
            candidates, against_all = drawn[:, :-1], drawn[:, -1]
            top = candidates.max(axis=1)
            leaders = candidates == top[:, None]
            leading = row_sums(leaders)
            seated = np.ones(runs, dtype=bool)
            if self.void_when_against_all_leads:
                seated &= ~(against_all > top)
            won = seated & (leading == 1)
            winner_owner = owners[np.argmax(candidates, axis=1)]
            rows = np.flatnonzero(won & (winner_owner >= 0))
            np.add.at(seats, (rows, winner_owner[rows]), 1)
            for row in np.flatnonzero(seated & (leading > 1)).tolist():
                tied_owners = owners[leaders[row]]
                for column in set(tied_owners.tolist()) - {-1}:
                    share = Fraction(int((tied_owners == column).sum()), int(leading[row]))
                    chances.append((row, column, share))
        return seats, chances


class TotalTally:
    """Total seats (list + district) per party column over the runs, lots split by their odds."""

    def __init__(self, columns: int, most_seats: int):
        self.size = most_seats + 1  # seats of the body (more if the workbook has more districts)
        self.whole = np.zeros((columns, self.size), dtype=np.int64)
        self.split: list[dict[int, Fraction]] = [{} for _ in range(columns)]

    def add(self, list_columns: np.ndarray, outcome: BatchOutcome, caps: np.ndarray,
            district_seats: np.ndarray, chances: list[tuple[int, int, Fraction]]) -> None:
        """``list_columns``: the column of each list party; ``district_seats``: runs x columns."""
        totals = district_seats.copy()
        totals[:, list_columns] += outcome.held
        lots: dict[tuple[int, int], list[Fraction]] = {}
        for row in np.flatnonzero(outcome.tie_seats).tolist():
            wins = Fraction(int(outcome.tie_seats[row]), int(outcome.tied[row].sum()))
            for j in np.flatnonzero(outcome.tied[row]).tolist():
                if outcome.held[row, j] < caps[j]:  # a seat beyond its list would stay vacant
                    lots.setdefault((row, int(list_columns[j])), []).append(wins)
        for row, column, chance in chances:
            lots.setdefault((row, column), []).append(chance)
        chancy = np.zeros(totals.shape, dtype=bool)
        for row, column in lots:
            chancy[row, column] = True
        for column in range(totals.shape[1]):
            plain = totals[~chancy[:, column], column]
            self.whole[column] += np.bincount(plain, minlength=self.size)
        for (row, column), odds in lots.items():
            weights = self.split[column]
            for extra, probability in _sum_of_chances(odds).items():
                seats = int(totals[row, column]) + extra
                weights[seats] = weights.get(seats, Fraction(0)) + probability

    def weights(self, column: int) -> dict[int, Fraction]:
        combined = {seats: Fraction(int(runs)) for seats, runs in enumerate(self.whole[column]) if runs}
        for seats, weight in self.split[column].items():
            combined[seats] = combined.get(seats, Fraction(0)) + weight
        return combined


def _sum_of_chances(odds: list[Fraction]) -> dict[int, Fraction]:
    """The distribution of a sum of independent 0-or-1 draws with these probabilities."""
    distribution = {0: Fraction(1)}
    for p in odds:
        following: dict[int, Fraction] = {}
        for k, q in distribution.items():
            following[k] = following.get(k, Fraction(0)) + q * (1 - p)
            following[k + 1] = following.get(k + 1, Fraction(0)) + q * p
        distribution = following
    return distribution
