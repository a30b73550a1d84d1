"""The vectorised list tier against the exact single-election one, run for run, edge cases on purpose."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
from core_builders import AGAINST_ALL_2023, OFFICIAL_2023, parties, settings

from kzseats_gui.core.batch_list_tier import BatchListTier
from kzseats_gui.core.model import Candidate, Election, Method, Settings, ThresholdBase
from kzseats_gui.core.simulation_models import Uncertainty, draw_votes
from kzseats_gui.core.what_if import ListSeatsProbe


def assert_agree(election: Election, rules: Settings, votes: np.ndarray, against_all: np.ndarray) -> int:
    """Every row of the batch equals ``ListSeatsProbe.run`` on it; returns the rows with an open tie."""
    probe = ListSeatsProbe(election, rules)
    batch = BatchListTier(probe).run(votes, against_all)
    names = [p.name for p in probe.parties]
    open_ties = 0
    for row in range(votes.shape[0]):
        exact = probe.run([int(v) for v in votes[row]], int(against_all[row]))
        where = f"row {row}: votes {votes[row].tolist()}, against all {against_all[row]}"
        taking_part = {a for a in exact.admitted if isinstance(a, str)}  # names, without runner-up marks
        assert {n for n, a in zip(names, batch.admitted[row], strict=True) if a} == taking_part, where
        assert [int(h) for h in batch.held[row]] == [exact.seats(n) for n in names], where
        if exact.open_tie is None:
            assert batch.tie_seats[row] == 0 and not batch.tied[row].any(), where
        else:
            open_ties += 1
            tied = tuple(n for n, t in zip(names, batch.tied[row], strict=True) if t)
            assert (tied, int(batch.tie_seats[row])) == (exact.open_tie.between, exact.open_tie.seats), where
    return open_ties


def election_2023() -> Election:
    return Election(parties(*OFFICIAL_2023), against_all=AGAINST_ALL_2023)


@pytest.mark.parametrize("method", list(Method))
def test_perturbed_2023_elections_agree_run_for_run(method):
    election = election_2023()
    counts = np.array([v for _, v in OFFICIAL_2023] + [AGAINST_ALL_2023], dtype=np.int64)
    # a wide spread, so that Baytaq and OSDP cross the threshold both ways in the sample
    drawn = draw_votes(np.random.default_rng(2023), counts, 300, Uncertainty(spread=Fraction(3)))
    assert_agree(election, settings(method=method), drawn[:, :7], drawn[:, 7])


def small_cases(seed: int, rows: int, parties_count: int, most: int) -> tuple[np.ndarray, np.ndarray]:
    """Small vote counts: equal remainders, equal quotients and exact threshold hits are common."""
    rng = np.random.default_rng(seed)
    votes = rng.integers(0, most + 1, size=(rows, parties_count))
    # every fourth row makes two parties equal, every fifth party zero
    votes[::4, 1] = votes[::4, 0]
    votes[::5, -1] = 0
    return votes, rng.integers(0, most // 3 + 1, size=rows)


CONFIGURATIONS = [
    # (list seats, threshold %, base, runner-up, registration orders, list lengths)
    (5, Fraction(0), ThresholdBase.VALID, False, None, None),
    (7, Fraction(5), ThresholdBase.VALID, False, None, None),
    (4, Fraction(10), ThresholdBase.PARTIES, True, None, None),
    (6, Fraction(25, 2), ThresholdBase.BALLOTS, False, (3, 1, 2, 4), None),
    (3, Fraction(34), ThresholdBase.VALID, True, (1, 1, 2, 3), (0, 2, None, 1)),
    (9, Fraction(3), ThresholdBase.VALID, False, (2, 4, 1, 3), (1, None, 3, None)),
    (1, Fraction(20), ThresholdBase.VALID, True, None, None),
]


@pytest.mark.parametrize("method", list(Method))
@pytest.mark.parametrize("config", range(len(CONFIGURATIONS)))
def test_small_elections_with_ties_and_threshold_edges_agree(method, config):
    seats, threshold, base, runner_up, orders, lengths = CONFIGURATIONS[config]
    entries = [(f"P{k}", 10, orders[k] if orders else None) for k in range(4)]
    candidates = tuple(
        Candidate(f"P{k}", position, f"P{k}-{position}")
        for k, length in enumerate(lengths or ()) if length is not None
        for position in range(1, length + 1)
    )
    election = Election(parties(*entries), candidates=candidates)
    rules = settings(
        list_seats=seats, threshold_percent=threshold, threshold_base=base, admit_runner_up=runner_up,
        ballots_cast=200 if base is ThresholdBase.BALLOTS else None, method=method,
    )
    votes, against_all = small_cases(config * 10 + list(Method).index(method), 400, 4, 40)
    open_ties = assert_agree(election, rules, votes, against_all)
    assert open_ties > 0 or orders is not None or seats == 1  # the sample really holds open ties


def test_threshold_hit_exactly_passes_and_one_vote_less_fails():
    election = Election(parties(("A", 1), ("B", 1), ("C", 1)))
    rules = settings(list_seats=10, threshold_percent=Fraction(15, 2))  # 7.5 % of 1000 = 75 votes
    votes = np.array([[75, 700, 225], [74, 701, 225], [0, 1000, 0], [75, 0, 925]])
    batch = BatchListTier(ListSeatsProbe(election, rules)).run(votes, np.zeros(4, dtype=np.int64))
    assert batch.admitted[:, 0].tolist() == [True, False, False, True]
    assert_agree(election, rules, votes, np.zeros(4, dtype=np.int64))


def test_no_admitted_votes_leaves_every_seat_vacant():
    election = Election(parties(("A", 1), ("B", 1)))
    rules = settings(list_seats=4, threshold_percent=Fraction(60))
    votes = np.array([[50, 50], [0, 0], [70, 30]])
    batch = BatchListTier(ListSeatsProbe(election, rules)).run(votes, np.array([0, 0, 0]))
    assert batch.held.tolist() == [[0, 0], [0, 0], [4, 0]]
    assert_agree(election, rules, votes, np.array([0, 0, 0]))


@pytest.mark.parametrize("method", list(Method))
def test_python_integers_give_the_same_seats_as_int64(method):
    election = election_2023()
    rules = settings(method=method)
    counts = np.array([v for _, v in OFFICIAL_2023] + [AGAINST_ALL_2023], dtype=np.int64)
    drawn = draw_votes(np.random.default_rng(7), counts, 60, Uncertainty(spread=Fraction(2)))
    tier = BatchListTier(ListSeatsProbe(election, rules))
    fast = tier.run(drawn[:, :7], drawn[:, 7])
    slow = tier.run(drawn[:, :7].astype(object), drawn[:, 7].astype(object))
    for field in ("admitted", "held", "tied", "tie_seats"):
        assert np.array_equal(getattr(fast, field), getattr(slow, field)), field


@pytest.mark.parametrize("method", list(Method))
def test_vote_counts_beyond_int64_products_stay_exact(method):
    huge = 10**17  # votes x 100 x seats would overflow int64
    election = Election(parties(("A", 5 * huge), ("B", 3 * huge), ("C", 2 * huge + 1)))
    rules = settings(list_seats=7, method=method)
    tier = BatchListTier(ListSeatsProbe(election, rules))
    assert tier.needs_python_ints(10 * huge + 1)
    votes = np.array([[5 * huge, 3 * huge, 2 * huge + 1], [5 * huge, 5 * huge, 1]], dtype=object)
    assert_agree(election, rules, votes, np.array([0, 0], dtype=object))
