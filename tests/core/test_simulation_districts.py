"""The districts drawn too: each run's winners as allocate decides them, ties by the odds of a lot."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

import numpy as np
from core_builders import district, parties, settings

from kzseats_gui.core.allocator import allocate
from kzseats_gui.core.model import AgainstAllLeads, District, DistrictCandidate, Election
from kzseats_gui.core.simulation import simulate
from kzseats_gui.core.simulation_models import Uncertainty, draw_votes
from kzseats_gui.core.what_if import ListSeatsProbe


def close_race() -> Election:
    return Election(parties(("A", 5200), ("B", 4100), ("C", 700)), against_all=300, districts=(
        district("1", ("a1", "A", 1000), ("b1", "B", 980), ("i1", None, 400)),
        district("2", ("a2", "A", 700), ("b2", "B", 760), against_all=90),
        district("3", ("a3", "A", 1500), ("c3", "C", 1380)),
        district("4"),
    ))


def by_name(result) -> dict:
    return {p.name: p for p in result.parties}


def test_spread_zero_with_the_districts_drawn_is_the_plain_allocation():
    election, rules = close_race(), settings(list_seats=6, district_seats=4)
    plain = allocate(election, rules)
    result = simulate(election, rules, 20, 0, seed=1, vary_districts=True)
    assert result.districts_varied
    for party in plain.parties:
        assert by_name(result)[party.name].histogram == ((party.total_seats, Fraction(1)),)


def test_every_run_counts_the_seats_allocate_gives_for_its_drawn_votes():
    """Draw the same runs again (list first, then each district in order) and allocate each one."""
    election, rules = close_race(), settings(list_seats=6, district_seats=4, threshold_percent=Fraction(7))
    runs, seed, spread = 150, 8, Fraction(4)
    rng, model = np.random.default_rng(seed), Uncertainty(spread=spread)
    probe = ListSeatsProbe(election, rules)
    lists = draw_votes(rng, np.array([*probe.votes, election.against_all]), runs, model)
    drawn_districts = []
    for d in election.districts[:3]:
        counts = np.array([c.votes for c in d.candidates] + [d.against_all])
        drawn_districts.append(draw_votes(rng, counts, runs, model))
    expected: dict[str, Fraction] = {}
    majority: dict[str, Fraction] = {}
    for run in range(runs):
        changed_parties = tuple(replace(p, votes=int(v)) for p, v in zip(election.parties, lists[run][:-1],
                                                                         strict=True))
        changed_districts = tuple(
            District(d.key, tuple(DistrictCandidate(c.name, c.party, int(v))
                                  for c, v in zip(d.candidates, drawn[run][:-1], strict=True)),
                     int(drawn[run][-1]))
            for d, drawn in zip(election.districts, drawn_districts, strict=False)
        ) + election.districts[3:]
        result = allocate(replace(election, parties=changed_parties, against_all=int(lists[run][-1]),
                                  districts=changed_districts), rules)
        assert not result.lots_required
        for party in result.parties:
            expected[party.name] = expected.get(party.name, Fraction(0)) + Fraction(party.total_seats, runs)
            majority[party.name] = majority.get(party.name, Fraction(0)) + Fraction(
                2 * party.total_seats > rules.total_seats, runs)
    result = by_name(simulate(election, rules, runs, spread, seed=seed, vary_districts=True))
    assert {name: result[name].seats_mean for name in expected} == expected
    assert {name: result[name].p_majority for name in expected} == majority
    assert 0 < result["B"].district_seats_mean < 2  # district 1 and 2 change hands in some runs


def test_equal_leaders_count_by_the_odds_of_a_lot_and_a_void_district_seats_nobody():
    election = Election(parties(("A", 600), ("B", 400)), districts=(
        district("1", ("a1", "A", 500), ("b1", "B", 500)),
        district("2", ("a2", "A", 300), ("b2", "B", 200), against_all=700),
    ))
    rules = settings(list_seats=2, district_seats=2, against_all_leads=AgainstAllLeads.VOID)
    result = by_name(simulate(election, rules, 10, 0, vary_districts=True))
    # list: A 1, B 1; district 1 a fair lot; district 2 void (against all leads)
    assert result["A"].histogram == ((1, Fraction(1, 2)), (2, Fraction(1, 2)))
    assert result["B"].district_seats_mean == Fraction(1, 2)


def test_without_district_votes_the_district_seats_stay_as_given():
    election = Election(parties(("A", 600), ("B", 400)))
    result = simulate(election, settings(list_seats=4, district_seats=2), 10, 2, vary_districts=True)
    assert not result.districts_varied
