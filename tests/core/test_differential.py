"""The engine against the naive allocator on thousands of random elections, all four methods.

Seats, ties (which parties, how many seats) and vacant seats must agree exactly. Vote counts are drawn
from small pools often enough that equal remainders and equal quotients at the cut are common.
"""

from __future__ import annotations

import random
from fractions import Fraction

from core_builders import settings
from naive_allocator import naive_allocate

from kzseats_gui.core.allocator import allocate
from kzseats_gui.core.model import Election, Method, Party

ELECTIONS = 3000


def random_election(rng: random.Random) -> tuple[Election, int, Fraction]:
    n = rng.randint(1, 7)
    style = rng.random()
    if style < 0.4:  # tiny counts: many equal remainders and quotients
        votes = [rng.randint(0, 12) for _ in range(n)]
    elif style < 0.7:  # multiples of a common unit: exact ties at large counts
        unit = rng.randint(1, 5000)
        votes = [unit * rng.randint(0, 9) for _ in range(n)]
    else:
        votes = [rng.randint(0, 2_000_000) for _ in range(n)]
    registration = rng.sample(range(1, n + 1), n) if rng.random() < 0.5 else [None] * n
    parties = tuple(
        Party(f"P{i}", v, i + 1, registration_order=r)
        for i, (v, r) in enumerate(zip(votes, registration, strict=True))
    )
    against = rng.choice([0, 0, rng.randint(0, max(1, sum(votes) // 10))])
    seats = rng.choice([1, 2, 3, 5, 7, 10, rng.randint(1, 40)])
    percent = rng.choice([Fraction(0), Fraction(5), Fraction(7), Fraction(25, 2), Fraction(30)])
    return Election(parties, against_all=against), seats, percent


def test_engine_agrees_with_the_naive_allocator():
    rng = random.Random(20230319)
    ties_seen = 0
    for _ in range(ELECTIONS):
        election, seats, percent = random_election(rng)
        votes = {p.name: p.votes for p in election.parties}
        for method in Method:
            use_registration = rng.random() < 0.5
            result = allocate(election, settings(
                list_seats=seats, threshold_percent=percent, method=method,
                use_registration_order=use_registration,
            ))
            naive = naive_allocate(votes, election.against_all, seats, percent, method.value)
            context = (votes, election.against_all, seats, percent, method, use_registration)
            decided = {p.name: p.list_seats_won for p in result.parties}
            assert result.vacant == naive.vacant, context
            if not naive.tied:
                assert decided == naive.seats, context
                assert not result.ties, context
                continue
            ties_seen += 1
            (tie,) = result.ties
            assert set(tie.between) == naive.tied and tie.seats == naive.tied_seats, context
            registered = {p.name: p.registration_order for p in election.parties}
            if use_registration and all(registered[name] is not None for name in naive.tied):
                earliest = sorted(naive.tied, key=lambda name: registered[name])[: naive.tied_seats]
                assert set(tie.winners) == set(earliest), context
                expected = {n: s + (n in earliest) for n, s in naive.seats.items()}
                assert decided == expected and result.undecided == 0, context
            else:
                assert tie.is_open and result.undecided == naive.tied_seats, context
                assert decided == naive.seats, context
    assert ties_seen > 500, "the random elections must exercise ties"
