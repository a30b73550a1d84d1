"""Seats versus votes: every step exact, checked against the allocator at every vote count."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

import pytest
from core_builders import AGAINST_ALL_2023, OFFICIAL_2023, parties, settings
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from test_sensitivity import build_small, small_elections

from kzseats_gui.core.allocator import allocate
from kzseats_gui.core.model import Body, Election, Method, Settings
from kzseats_gui.core.seat_curve import seat_curve
from kzseats_gui.core.sensitivity import sensitivity


def held_with(election: Election, rules: Settings, name: str, votes: int) -> int:
    """List seats per ``allocate`` when ``name`` has ``votes`` (the difference as new or lost ballots)."""
    change = votes - election.party(name).votes
    changed = tuple(replace(p, votes=votes) if p.name == name else p for p in election.parties)
    if rules.ballots_cast is not None:
        rules = replace(rules, ballots_cast=rules.ballots_cast + change)
    return allocate(replace(election, parties=changed), rules).party(name).list_seats


def brute_force_steps(election: Election, rules: Settings, name: str) -> list[tuple[int, int]]:
    steps: list[tuple[int, int]] = []
    for votes in range(0, 2 * election.party(name).votes + 1):
        seats = held_with(election, rules, name, votes)
        if not steps or steps[-1][1] != seats:
            steps.append((votes, seats))
    return steps


@hypothesis_settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_elections)
def test_every_step_matches_the_allocator_vote_by_vote(spec):
    election, rules = build_small(spec)
    for party in election.list_parties:
        curve = seat_curve(election, rules, party.name)
        assert curve.complete
        expected = brute_force_steps(election, rules, party.name)
        assert [(s.votes, s.list_seats) for s in curve.steps] == expected


@pytest.mark.parametrize("method", list(Method))
def test_droop_dips_and_every_method_on_a_middle_sized_election(method):
    # big enough for many Droop blocks (9 seats: the quota grows every 10 votes), small enough to scan
    election = Election(parties(("A", 431), ("B", 290), ("C", 187), ("D", 64)), against_all=21)
    rules = settings(list_seats=9, threshold_percent=Fraction(7), method=method)
    for name in ("A", "C"):
        curve = seat_curve(election, rules, name)
        assert [(s.votes, s.list_seats) for s in curve.steps] == brute_force_steps(election, rules, name)


def test_the_2023_curve_agrees_with_the_sensitivity_figures_and_the_threshold():
    election = Election(parties(*OFFICIAL_2023), against_all=AGAINST_ALL_2023)
    rules = settings()
    figures = {f.name: f for f in sensitivity(election, rules)}
    for name in ("Respublica", "OSDP"):
        curve = seat_curve(election, rules, name)
        votes, figure = curve.votes, figures[name]
        assert curve.seats_at(votes) == figure.list_seats
        assert curve.seats_at(votes + figure.votes_to_gain_seat) == figure.list_seats + 1
        assert curve.seats_at(votes + figure.votes_to_gain_seat - 1) == figure.list_seats
        assert curve.seats_at(votes - figure.votes_to_lose_seat) <= figure.list_seats - 1
        assert curve.seats_at(votes - figure.votes_to_lose_seat + 1) == figure.list_seats
        assert curve.seats_at(curve.threshold_votes - 1) == 0 < curve.seats_at(curve.threshold_votes)
        assert curve.steps[0].votes == 0 and curve.steps[-1].votes <= 2 * votes
    # Baytaq passes only beyond twice its votes: no seat anywhere on its curve
    baytaq = seat_curve(election, rules, "Baytaq")
    assert baytaq.threshold_votes == 146_431 + figures["Baytaq"].votes_to_threshold > 2 * 146_431
    assert [(s.votes, s.list_seats) for s in baytaq.steps] == [(0, 0)]


def test_a_curve_cut_off_says_so():
    election = Election(parties(*OFFICIAL_2023), against_all=AGAINST_ALL_2023)
    curve = seat_curve(election, settings(), "Amanat", max_steps=5)
    assert not curve.complete and len(curve.steps) == 6
    assert seat_curve(election, settings(), "Amanat").complete


def test_a_2007_sized_curve_under_the_runner_up_rule_is_complete_and_agrees_with_the_figures():
    # One list far above 7 %, the rest below: the runner-up takes part and seats need not rise with
    # votes, over millions of votes.
    election = Election(parties(("A", 5_247_720), ("B", 269_310), ("C", 183_346), ("D", 88_418)))
    rules = settings(body=Body.MAZHILIS_2007)
    figures = {f.name: f for f in sensitivity(election, rules)}
    for name in ("A", "B"):
        curve = seat_curve(election, rules, name)
        assert curve.complete
        figure = figures[name]
        assert curve.seats_at(figure.votes) == figure.list_seats
        assert curve.seats_at(figure.votes - figure.votes_to_lose_seat) == figure.list_seats - 1
        assert curve.seats_at(figure.votes - figure.votes_to_lose_seat + 1) == figure.list_seats
        for step in curve.steps:  # every step sits on an allocator boundary
            assert held_with(election, rules, name, step.votes) == step.list_seats
            if step.votes:
                assert held_with(election, rules, name, step.votes - 1) != step.list_seats
