"""Monte Carlo over the list vote: how sure is each party of its seats if the votes were a little off?

The model of one run:

* The list parties' votes and "against all" (when the election has any) are drawn by the chosen
  uncertainty model (``simulation_models``: absolute points — the default, proportional to each
  share, or a poll of N respondents), as whole numbers with the same valid total. Ballots cast, and
  with them a threshold base of "ballots", stay as given. With no uncertainty every run has exactly
  the given counts.
* The list seats are allocated exactly, for a whole chunk of runs at once (``batch_list_tier``: the
  threshold, runner-up, method, ties, registration order and short lists, each decided in whole
  numbers as ``allocate`` decides them). District seats do not move: every party keeps the district
  seats of the plain allocation, unless the districts are drawn too (``vary_districts``, where the
  workbook gives per-district votes: ``simulation_districts``).
* A run whose list tier ends in a tie no rule resolves counts the tied seats by the odds of a fair lot:
  each of the k tied parties takes one of the m seats at stake with probability m / k, so that run
  adds weight m / k to "one seat more" and (k - m) / k to "as decided" for each of them. (In the plain
  allocation, as in ``allocate``, such a seat is held by none of them.)

Figures per party: the distribution of its total seats (list + district), their mean, 5th and 95th
percentile (the smallest count whose cumulative probability reaches 5 % or 95 %), the probability it
takes part in the distribution (passes the threshold, or is admitted as runner-up), of more list seats
than in the plain allocation, of more than half of all seats of the body, and of at least two thirds
of them. Probabilities are exact fractions of the runs.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from .allocator import allocate
from .batch_list_tier import BatchListTier
from .model import Election, LotRecord, Settings
from .progress import CancelledFn, ProgressFn, check_cancelled, report
from .simulation_districts import DistrictDraws, TotalTally
from .simulation_models import Model, Uncertainty, draw_votes
from .simulation_tally import SeatTally
from .what_if import ListSeatsProbe

CHUNK_RUNS = 65_536  # runs drawn and allocated at once; fixed, so a seed always gives the same runs
DISTRICT_CHUNK_RUNS = 8_192  # with every district drawn too a chunk is slower: smaller, for Cancel


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
    district_seats: int  # as in the plain allocation
    p_two_thirds: Fraction = Fraction(0)  # at least two thirds of all seats of the body
    histogram: tuple[tuple[int, Fraction], ...] = ()  # (total seats, probability), seats ascending
    district_seats_mean: Fraction = Fraction(0)  # the plain allocation's unless the districts vary


@dataclass(frozen=True)
class SimulationResult:
    runs: int
    seed: int
    spread: Fraction  # absolute: percentage points; proportional: per cent of each share
    parties: tuple[PartySimulation, ...]  # every party of the plain allocation, ballot order
    runs_with_open_tie: int  # runs counted by the odds of a lot (see the module notes)
    model: Model = Model.ABSOLUTE
    poll_size: int | None = None
    house: int = 0  # all seats of the body
    districts_varied: bool = False  # each district's vote was drawn too

    @property
    def p_majority(self) -> dict[str, Fraction]:
        return {p.name: p.p_majority for p in self.parties}


def new_seed() -> int:
    """A fresh seed to show and reuse (the simulation itself never draws one silently)."""
    return secrets.randbelow(2**31)


def simulate(
    election: Election,
    settings: Settings,
    runs: int,
    spread: Fraction | float | int = Fraction(2),
    seed: int = 0,
    *,
    model: Model | str = Model.ABSOLUTE,
    poll_size: int | None = None,
    vary_districts: bool = False,
    lots: Sequence[LotRecord] = (),
    progress: ProgressFn = None,
    is_cancelled: CancelledFn = None,
) -> SimulationResult:
    """``runs`` perturbed list votes, each allocated exactly; see the module notes for the model.

    ``vary_districts`` draws each district's votes too, where the workbook gives them
    (``simulation_districts``); otherwise every party keeps its district seats. ``lots`` are the
    recorded lots of the plain allocation (the runs' own ties are counted by their odds).

    Raises ``core.errors.Cancelled`` as soon as ``is_cancelled()`` returns True (checked per chunk).
    """
    if runs < 1:
        raise ValueError("a simulation needs at least one run")
    spread = Fraction(str(spread)) if isinstance(spread, float) else Fraction(spread)
    uncertainty = Uncertainty(Model(model), spread, poll_size)
    check_cancelled(is_cancelled)
    plain = allocate(election, settings, lots, is_cancelled=is_cancelled)
    probe = ListSeatsProbe(election, settings)
    tier = BatchListTier(probe)
    with_against_all = election.against_all > 0
    given = list(probe.votes) + ([election.against_all] if with_against_all else [])
    dtype = object if tier.needs_python_ints(sum(given)) else np.int64
    counts = np.array(given, dtype=dtype)
    n = len(probe.votes)

    tally = SeatTally(settings.list_seats, tier.caps)
    columns = [p.name for p in plain.parties]
    districts = DistrictDraws(plain, settings, uncertainty, columns) if vary_districts else None
    if districts is not None and not districts.any:
        districts = None  # no district has votes to draw
    totals = TotalTally(len(columns), settings.total_seats + len(election.districts)) if districts else None
    list_columns = np.array([columns.index(p.name) for p in probe.parties], dtype=np.int64)
    rng = np.random.default_rng(seed)
    report(progress, 0, runs)
    done = 0
    while done < runs:
        check_cancelled(is_cancelled)
        size = min(DISTRICT_CHUNK_RUNS if totals is not None else CHUNK_RUNS, runs - done)
        drawn = draw_votes(rng, counts, size, uncertainty)
        against_all = drawn[:, n] if with_against_all else np.zeros(size, dtype=dtype)
        outcome = tier.run(drawn[:, :n], against_all)
        tally.add(outcome)
        if districts is not None and totals is not None:  # both or neither
            district_seats, chances = districts.draw(rng, size)
            totals.add(list_columns, outcome, tier.caps, district_seats, chances)
        done += size
        report(progress, done, runs)

    column = {p.name: j for j, p in enumerate(probe.parties)}
    figures = []
    for k, party in enumerate(plain.parties):
        j = column.get(party.name)
        weights = tally.weights(j) if j is not None else {0: Fraction(runs)}
        if totals is not None:
            total_weights = totals.weights(k)
        else:
            total_weights = {seats + party.district_seats: w for seats, w in weights.items()}
        figures.append(_summary(
            party.name, weights, total_weights, runs, tally.passed(j) if j is not None else 0,
            party.list_seats, party.district_seats, settings.total_seats,
        ))
    return SimulationResult(
        runs=runs, seed=seed, spread=spread, parties=tuple(figures),
        runs_with_open_tie=tally.open_tie_runs, model=uncertainty.model,
        poll_size=poll_size if uncertainty.model is Model.POLL else None, house=settings.total_seats,
        districts_varied=totals is not None,
    )


def _summary(
    name: str, list_weights: dict[int, Fraction], total_weights: dict[int, Fraction], runs: int,
    passed: int, plain_list: int, district: int, house: int,
) -> PartySimulation:
    """Figures of one party from its list seats -> runs and total seats -> runs (Fraction weights
    where lots were split)."""
    totals = sorted((seats, Fraction(w) / runs) for seats, w in total_weights.items() if w)
    lists = [(seats, Fraction(w) / runs) for seats, w in list_weights.items() if w]
    low, high = (_percentile(totals, share) for share in (Fraction(5, 100), Fraction(95, 100)))

    def probability(test: Callable[[int], bool]) -> Fraction:
        return sum((p for seats, p in totals if test(seats)), Fraction(0))

    seats_mean = sum((seats * p for seats, p in totals), Fraction(0))
    list_mean = sum((seats * p for seats, p in lists), Fraction(0))
    return PartySimulation(
        name=name,
        seats_mean=seats_mean,
        seats_p05=low,
        seats_p95=high,
        p_pass=Fraction(passed, runs),
        p_seat_gain=sum((p for seats, p in lists if seats > plain_list), Fraction(0)),
        p_majority=probability(lambda seats: 2 * seats > house),
        list_seats_mean=list_mean,
        plain_list_seats=plain_list,
        district_seats=district,
        p_two_thirds=probability(lambda seats: house > 0 and 3 * seats >= 2 * house),
        histogram=tuple(totals),
        district_seats_mean=seats_mean - list_mean,
    )


def _percentile(totals: list[tuple[int, Fraction]], share: Fraction) -> int:
    """The smallest seat count whose cumulative probability reaches ``share``."""
    cumulative = Fraction(0)
    for seats, probability in totals:
        cumulative += probability
        if cumulative >= share:
            return seats
    return totals[-1][0]


def simulation_to_json(result: SimulationResult) -> dict[str, object]:
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
                "list_seats_mean": float(p.list_seats_mean),
                "plain_list_seats": p.plain_list_seats,
                "district_seats": p.district_seats,
                "district_seats_mean": float(p.district_seats_mean),
                "p_majority": float(p.p_majority),
                "p_two_thirds": float(p.p_two_thirds),
                "histogram": {str(seats): float(share) for seats, share in p.histogram},
            }
            for p in result.parties
        ],
        "p_majority": {p.name: float(p.p_majority) for p in result.parties},
        "p_two_thirds": {p.name: float(p.p_two_thirds) for p in result.parties},
        "model": result.model.value,
        "spread": None if result.model is Model.POLL else float(result.spread),  # a poll's comes from N
        "poll_size": result.poll_size,
        "house": result.house,
        "runs_with_open_tie": result.runs_with_open_tie,
        "districts_varied": result.districts_varied,
    }
