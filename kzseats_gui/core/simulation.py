"""Monte Carlo over the list vote: how sure is each party of its seats if the shares were a little off?

The model of one run, in ballot order:

* Every list party's share of the valid list ballots, and the "against all" share when the election
  has any such votes, moves by its own draw from a normal distribution with mean 0 and standard
  deviation ``spread`` percentage points (``random.Random(seed).gauss``, so a seed always gives the same
  runs). Shares below zero are clipped to zero and all shares are scaled back to sum to one.
* The shares become whole vote counts that add up to the same valid total again, by largest remainder
  on exact integers (equal remainders go to the earlier ballot position). Ballots cast, and with them a
  threshold base of "ballots", stay as given. With spread 0 every run has exactly the given counts.
* The list seats are allocated by the list tier ``allocate`` uses (``what_if.ListSeatsProbe``: threshold,
  runner-up, method, ties, registration order, lists too short to fill their seats). District seats do
  not move: every party keeps the district seats of the plain allocation.
* A run whose list tier ends in a tie no rule resolves counts the tied seats by the odds of a fair lot:
  each of the k tied parties takes one of the m seats at stake with probability m / k, so that run
  adds weight m / k to "one seat more" and (k - m) / k to "as decided" for each of them. (In the plain
  allocation, as in ``allocate``, such a seat is held by none of them.)

Figures per party: mean, 5th and 95th percentile of its total seats (list + district; a percentile is
the smallest count whose cumulative probability reaches 5 % or 95 %), the probability it takes part in
the distribution (passes the threshold, or is admitted as runner-up), the probability of more list seats
than in the plain allocation, and the probability of more than half of all seats of the body.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from fractions import Fraction

from .allocator import allocate
from .model import Election, Settings
from .progress import CancelledFn, ProgressFn, check_cancelled, report
from .what_if import ListOutcome, ListSeatsProbe

PERCENTILES = (Fraction(5, 100), Fraction(95, 100))


@dataclass(frozen=True)
class PartySimulation:
    name: str
    seats_mean: Fraction  # total seats, list + district
    seats_p05: int
    seats_p95: int
    p_pass: Fraction  # takes part in the list distribution
    p_seat_gain: Fraction  # more list seats than the plain allocation
    p_majority: Fraction  # more than half of all seats of the body
    list_seats_mean: Fraction
    plain_list_seats: int
    district_seats: int  # as in the plain allocation, in every run


@dataclass(frozen=True)
class SimulationResult:
    runs: int
    seed: int
    spread: Fraction  # percentage points
    parties: tuple[PartySimulation, ...]  # every party of the plain allocation, ballot order
    runs_with_open_tie: int  # runs counted by the odds of a lot (see the module notes)

    @property
    def p_majority(self) -> dict[str, Fraction]:
        return {p.name: p.p_majority for p in self.parties}


def simulate(
    election: Election,
    settings: Settings,
    runs: int,
    spread: Fraction | float | int = Fraction(2),
    seed: int = 0,
    *,
    progress: ProgressFn = None,
    is_cancelled: CancelledFn = None,
) -> SimulationResult:
    """``runs`` perturbed list votes, each allocated exactly; see the module notes for the model.

    Raises ``core.errors.Cancelled`` as soon as ``is_cancelled()`` returns True.
    """
    if runs < 1:
        raise ValueError("a simulation needs at least one run")
    spread = Fraction(str(spread)) if isinstance(spread, float) else Fraction(spread)
    if spread < 0:
        raise ValueError("the spread cannot be negative")
    check_cancelled(is_cancelled)
    plain = allocate(election, settings, is_cancelled=is_cancelled)
    probe = ListSeatsProbe(election, settings)
    counts = list(probe.votes)
    with_against_all = election.against_all > 0
    if with_against_all:
        counts.append(election.against_all)
    valid = sum(counts)
    deviation = float(spread) / 100 * valid  # in votes

    tallies = {
        p.name: _Tally(p.list_seats, p.district_seats, settings.total_seats, probe.list_length(p.name))
        for p in plain.parties
    }
    rng = random.Random(seed)
    step = max(1, runs // 200)
    tied_runs = 0
    report(progress, 0, runs)
    for run in range(runs):
        check_cancelled(is_cancelled)
        drawn = [max(0.0, count + rng.gauss(0.0, 1.0) * deviation) for count in counts]
        votes = (_whole_votes(drawn, valid) if valid else None) or counts
        outcome = probe.run(votes[: len(probe.votes)], votes[-1] if with_against_all else 0)
        tied_runs += outcome.open_tie is not None
        _record(outcome, tallies)
        if (run + 1) % step == 0 or run + 1 == runs:
            report(progress, run + 1, runs)

    return SimulationResult(
        runs=runs,
        seed=seed,
        spread=spread,
        parties=tuple(tallies[p.name].summary(p.name, runs) for p in plain.parties),
        runs_with_open_tie=tied_runs,
    )


def simulation_to_json(result: SimulationResult) -> dict:
    """The ``kzseats simulate --json`` document (probabilities and means as decimal numbers)."""
    return {
        "runs": result.runs,
        "seed": result.seed,
        "parties": [
            {
                "name": p.name,
                "seats_mean": float(p.seats_mean),
                "seats_p05": p.seats_p05,
                "seats_p95": p.seats_p95,
                "p_pass": float(p.p_pass),
                "p_seat_gain": float(p.p_seat_gain),
            }
            for p in result.parties
        ],
        "p_majority": {p.name: float(p.p_majority) for p in result.parties},
    }


def _whole_votes(shares: list[float], total: int) -> list[int] | None:
    """Whole counts adding up to ``total`` in proportion to ``shares``, by exact largest remainder.

    None when every share is zero (then the run keeps the given counts).
    """
    # floats are binary fractions: bring them to one power-of-two denominator, then stay in integers
    ratios = [share.as_integer_ratio() for share in shares]
    scale = max(denominator for _, denominator in ratios)
    weights = [numerator * (scale // denominator) for numerator, denominator in ratios]
    weight_total = sum(weights)
    if weight_total == 0:
        return None
    votes = [w * total // weight_total for w in weights]
    leftover = total - sum(votes)
    order = sorted(range(len(weights)), key=lambda k: -(weights[k] * total % weight_total))
    for k in order[:leftover]:
        votes[k] += 1
    return votes


class _Tally:
    """One party's seat counts over the runs, each with its probability weight."""

    def __init__(self, plain_list_seats: int, district_seats: int, house: int, list_length: int | None):
        self.plain_list_seats = plain_list_seats
        self.district_seats = district_seats
        self.house = house
        self.list_length = list_length  # a seat won beyond it stays vacant
        self.whole: Counter[int] = Counter()  # list seats -> runs (weight 1 each)
        self.split: Counter[int] = Counter()  # list seats -> Fraction weights from open ties
        self.passed = 0

    def add(self, list_seats: int, weight: Fraction | None = None) -> None:
        if weight is None:
            self.whole[list_seats] += 1
        elif weight:
            self.split[list_seats] += weight

    def summary(self, name: str, runs: int) -> PartySimulation:
        weights: dict[int, Fraction] = {}
        for table in (self.whole, self.split):
            for seats, weight in table.items():
                weights[seats] = weights.get(seats, Fraction(0)) + weight
        totals = sorted((seats + self.district_seats, Fraction(w, runs)) for seats, w in weights.items())
        low, high = (_percentile(totals, share) for share in PERCENTILES)
        return PartySimulation(
            name=name,
            seats_mean=sum((seats * p for seats, p in totals), Fraction(0)),
            seats_p05=low,
            seats_p95=high,
            p_pass=Fraction(self.passed, runs),
            p_seat_gain=sum((p for seats, p in totals if seats - self.district_seats > self.plain_list_seats),
                            Fraction(0)),
            p_majority=sum((p for seats, p in totals if 2 * seats > self.house), Fraction(0)),
            list_seats_mean=sum((seats * Fraction(w, runs) for seats, w in weights.items()), Fraction(0)),
            plain_list_seats=self.plain_list_seats,
            district_seats=self.district_seats,
        )


def _percentile(totals: list[tuple[int, Fraction]], share: Fraction) -> int:
    """The smallest seat count whose cumulative probability reaches ``share``."""
    cumulative = Fraction(0)
    for seats, probability in totals:
        cumulative += probability
        if cumulative >= share:
            return seats
    return totals[-1][0]


def _record(outcome: ListOutcome, tallies: dict[str, _Tally]) -> None:
    tie = outcome.open_tie
    for name, tally in tallies.items():
        held = outcome.seats(name)
        tally.passed += name in outcome.admitted
        if tie is None or name not in tie.between:
            tally.add(held)
            continue
        # a fair lot: each tied party takes one of the seats at stake with probability seats / parties
        wins = Fraction(tie.seats, len(tie.between))
        tally.add(held, 1 - wins)
        more = held + 1 if tally.list_length is None else min(held + 1, tally.list_length)
        tally.add(more, wins)
