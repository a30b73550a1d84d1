"""The threshold: exact comparison, its three bases, the runner-up rule, no party passing."""

from __future__ import annotations

from fractions import Fraction

from core_builders import parties, settings

from kzseats_gui.core.allocator import allocate
from kzseats_gui.core.model import Body, Election, ThresholdBase


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
    # 970 admitted votes for 20 seats (first quotient 48.5): A 19.175; C 0.825 x 0.7 = 0.577.
    # C's remainder takes the leftover seat, and the 2009 text gives the runner-up at least two.
    assert on.admitted_votes == 970
    assert (on.party("A").list_seats, on.party("C").list_seats) == (18, 2)
    assert "runner-up-corrected" in codes(on.steps) and "runner-up-minimum" in codes(on.steps)


def test_the_2009_runner_up_rule_corrects_by_0_7_and_gives_at_least_two_seats():
    # One list passes 7 %: B comes second. First quotient (900 + 60) / 98; B: 60 x 98 / 960 = 6.125,
    # x 0.7 = 4.2875 -> 4; A: 900 x 98 / 960 = 91.875 -> 91; 3 seats left: one round each (A 92, B 5),
    # then A's remainder .875 beats B's .2875 for the last one.
    election = Election(parties(("A", 900), ("B", 60), ("C", 40)))
    older = allocate(election, settings(body=Body.MAZHILIS_2007, list_seats=98))
    assert older.settings.admit_runner_up  # on by default for the 2007-2021 body
    seats = tuple(older.party(name).list_seats for name in "ABC")
    assert seats == (93, 5, 0)
    step = next(s for s in older.steps if s.code == "runner-up-corrected")
    assert step.params["corrected"] == Fraction(60 * 98 * 7, 960 * 10)
    assert "remainder-rounds" in codes(older.steps)
    assert older.departures == ()
    # a small runner-up is raised to two seats, taken from the list that passed
    small = allocate(Election(parties(("A", 990), ("B", 10))),
                     settings(body=Body.MAZHILIS_2007, list_seats=98))
    assert (small.party("A").list_seats, small.party("B").list_seats) == (96, 2)
    # elsewhere it is a what-if, and a departure
    what_if = allocate(election, settings(list_seats=69, district_seats=29, admit_runner_up=True))
    assert what_if.departures == ("runner-up",)
