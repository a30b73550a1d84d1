"""The next list seat of a grown house, and each district winner's margin."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from core_builders import AGAINST_ALL_2023, OFFICIAL_2023, district, parties, settings

from kzseats_gui.core.allocator import allocate
from kzseats_gui.core.margins import district_margins, next_list_seat
from kzseats_gui.core.model import Candidate, Election, Method


def list_seats(election: Election, rules, name: str) -> int:
    return allocate(election, rules).party(name).list_seats


def test_the_next_seat_of_the_2023_house_goes_where_the_allocator_puts_it():
    election = Election(parties(*OFFICIAL_2023), against_all=AGAINST_ALL_2023)
    rules = settings()
    seat = next_list_seat(election, rules)
    grown = replace(rules, list_seats=70)
    changed = [n for n, _ in OFFICIAL_2023
               if list_seats(election, grown, n) != list_seats(election, rules, n)]
    assert seat.list_seats == 70 and list(seat.gains) == changed and not seat.losses
    assert len(seat.gains) == 1 and seat.open_tie is None and not seat.vacant


def test_a_grown_house_can_cost_a_party_a_seat_under_largest_remainder():
    # the Alabama paradox: 6 -> 7 seats takes C from 2 seats to 1 (2.33 -> 2.71 quotas for A and B)
    election = Election(parties(("A", 387), ("B", 380), ("C", 233)))
    rules = settings(list_seats=6, threshold_percent=Fraction(0), method=Method.HARE)
    before = {n: list_seats(election, rules, n) for n in "ABC"}
    after = {n: list_seats(election, replace(rules, list_seats=7), n) for n in "ABC"}
    assert (before, after) == ({"A": 2, "B": 2, "C": 2}, {"A": 3, "B": 3, "C": 1})
    seat = next_list_seat(election, rules)
    assert list(seat.gains) == [n for n in "ABC" if after[n] > before[n]]
    assert list(seat.losses) == [n for n in "ABC" if after[n] < before[n]]


def test_the_next_seat_can_be_a_tie_or_vacant():
    # 3 seats of 700 votes: A 2.14 quotas, B and C 0.43 each, one seat left for two equal remainders
    tie = next_list_seat(Election(parties(("A", 500), ("B", 100), ("C", 100))),
                         settings(list_seats=2, threshold_percent=Fraction(0)))
    assert tie.open_tie is not None and tie.open_tie.between == ("B", "C") and not tie.gains
    short = Election(parties(("A", 900), ("B", 100)), candidates=(Candidate("A", 1, "A1"),))
    vacant = next_list_seat(short, settings(list_seats=1))
    assert vacant.vacant and not vacant.gains


def test_district_margins_name_the_runner_up_and_the_votes_that_flip_the_seat():
    election = Election(parties(("A", 100), ("B", 80)), districts=(
        district("1", ("Ann", "A", 500), ("Bob", "B", 420), ("Cy", None, 100)),
        district("2", ("Dan", "A", 300), ("Eve", "B", 300)),
        district("3", ("Fay", None, 250), ("Gus", "A", 249)),
        district("4"),
    ))
    margins = {m.district: m for m in district_margins(allocate(election, settings(district_seats=4)))}
    assert set(margins) == {"1", "2", "3"}  # the pending district has no margin
    one = margins["1"]
    assert (one.winner, one.runner_up, one.runner_up_party, one.margin) == ("Ann", "Bob", "B", 80)
    assert one.votes_to_flip == 41  # 459 against 461
    two = margins["2"]
    assert two.tie and two.winner is None and two.margin == 0 and two.votes_to_flip == 1
    three = margins["3"]
    assert (three.winner, three.party, three.margin, three.votes_to_flip) == ("Fay", None, 1, 1)
