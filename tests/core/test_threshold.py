"""The threshold: exact comparison, its three bases, the runner-up rule, no party passing."""

from __future__ import annotations

from fractions import Fraction

from core_builders import parties, settings

from kzseats_gui.core.allocator import allocate
from kzseats_gui.core.model import Election, ThresholdBase


def passed(result) -> dict[str, bool]:
    return {p.name: p.passed for p in result.parties}


def codes(items) -> list[str]:
    return [item.code for item in items]


def test_exactly_five_percent_passes_and_one_vote_less_fails():
    # 50 of 1000 valid ballots is exactly 5 %.
    exact = allocate(Election(parties(("A", 50), ("B", 900)), against_all=50), settings(list_seats=10))
    assert passed(exact) == {"A": True, "B": True}
    assert exact.threshold_votes == 50
    short = allocate(Election(parties(("A", 49), ("B", 900)), against_all=51), settings(list_seats=10))
    assert passed(short) == {"A": False, "B": True}


def test_a_fractional_threshold_compares_exactly():
    # 7.5 % of 1000 = 75 votes.
    rules = settings(list_seats=10, threshold_percent=Fraction(15, 2))
    assert passed(allocate(Election(parties(("A", 75), ("B", 925))), rules))["A"]
    assert not passed(allocate(Election(parties(("A", 74), ("B", 926))), rules))["A"]


def test_the_three_bases():
    election = Election(parties(("A", 48), ("B", 902)), against_all=50)  # 950 party votes, 1000 valid
    valid = allocate(election, settings(list_seats=10))
    assert valid.threshold_base == 1000 and not valid.party("A").passed
    by_parties = allocate(election, settings(list_seats=10, threshold_base=ThresholdBase.PARTIES))
    assert by_parties.threshold_base == 950 and by_parties.party("A").passed
    by_ballots = allocate(
        election, settings(list_seats=10, threshold_base=ThresholdBase.BALLOTS, ballots_cast=1100)
    )
    assert by_ballots.threshold_base == 1100 and by_ballots.valid_ballots == 1000
    assert by_ballots.party("A").share == Fraction(48, 1100)


def test_no_party_passes_leaves_every_list_seat_vacant_and_says_so():
    election = Election(parties(("A", 10), ("B", 10)), against_all=980)
    result = allocate(election, settings(list_seats=7))
    assert result.vacant == 7 and all(p.list_seats == 0 for p in result.parties)
    assert "no-party-passed" in codes(result.warnings)


def test_runner_up_is_admitted_only_when_chosen():
    election = Election(parties(("A", 900), ("B", 40), ("C", 60)))
    default = allocate(election, settings(list_seats=10))
    assert passed(default) == {"A": True, "B": False, "C": True}
    lone = Election(parties(("A", 930), ("B", 30), ("C", 40)))
    off = allocate(lone, settings(list_seats=20))
    assert passed(off) == {"A": True, "B": False, "C": False} and off.party("A").list_seats == 20
    on = allocate(lone, settings(list_seats=20, admit_runner_up=True))
    assert passed(on) == {"A": True, "B": False, "C": True}
    assert "runner-up-admitted" in codes(on.steps)
    # 970 admitted votes for 20 seats: A 19.18, C 0.82; C's remainder takes the leftover seat.
    assert on.admitted_votes == 970
    assert (on.party("A").list_seats, on.party("C").list_seats) == (19, 1)
