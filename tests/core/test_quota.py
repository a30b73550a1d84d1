"""Candidates: the 30 % quota among mandate holders, list composition, lists that run out."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest
from core_builders import parties, settings

from kzseats_gui.core.allocator import allocate
from kzseats_gui.core.model import Body, Candidate, Election, Gender, QuotaRounding
from kzseats_gui.core.quota import age_on, category, max_list_length, required_holders

ELECTION_DAY = date(2023, 3, 19)
MAN, WOMAN = Gender.MALE, Gender.FEMALE


def codes(items) -> list[str]:
    return [item.code for item in items]


@pytest.mark.parametrize(("seats", "required"), [(40, 12), (8, 3), (6, 2), (5, 2), (4, 2), (0, 0)])
def test_required_holders_round_up_by_default(seats, required):
    assert required_holders(seats, settings(list_seats=69)) == required


def test_other_roundings_are_exact():
    # 30 % of 5 seats is exactly 1.5: floor 1, half-up 2; of 4 seats 1.2: floor 1, half-up 1.
    floor = settings(list_seats=69, quota_rounding=QuotaRounding.FLOOR)
    half_up = settings(list_seats=69, quota_rounding=QuotaRounding.HALF_UP)
    assert [required_holders(s, floor) for s in (5, 4, 40)] == [1, 1, 12]
    assert [required_holders(s, half_up) for s in (5, 4, 40)] == [2, 1, 12]
    assert required_holders(10, settings(list_seats=69, quota_percent=Fraction(35))) == 4


def test_youth_is_younger_than_the_limit_on_election_day():
    rules = settings(list_seats=69, election_date=ELECTION_DAY)
    turns_29_that_day = Candidate("A", 1, "x", MAN, birth_date=date(1994, 3, 19))
    turns_29_next_day = Candidate("A", 2, "y", MAN, birth_date=date(1994, 3, 20))
    assert age_on(date(1994, 3, 19), ELECTION_DAY) == 29
    assert category(turns_29_that_day, rules) is None
    assert category(turns_29_next_day, rules) == "youth"
    older_limit = settings(list_seats=69, election_date=ELECTION_DAY, youth_age_limit=35)
    assert category(turns_29_that_day, older_limit) == "youth"


def test_each_person_counts_once_woman_first():
    rules = settings(list_seats=69, election_date=ELECTION_DAY)
    everything = Candidate("A", 1, "x", WOMAN, birth_date=date(2000, 1, 1), disability=True)
    young_disabled = Candidate("A", 2, "y", MAN, birth_date=date(2000, 1, 1), disability=True)
    disabled = Candidate("A", 3, "z", MAN, birth_date=date(1960, 1, 1), disability=True)
    assert [category(c, rules) for c in (everything, young_disabled, disabled)] == [
        "woman", "youth", "disability"
    ]


def small_list(**flags) -> tuple[Candidate, ...]:
    """Party A's list of 8: places 3 (woman), 6 (young) and 8 (disability) are eligible."""
    listed = []
    for position in range(1, 9):
        listed.append(Candidate(
            "A", position, f"A{position}",
            gender=WOMAN if position == 3 else MAN,
            birth_date=date(2001, 5, 5) if position == 6 else date(1970, 5, 5),
            disability=position == 8,
            elected=flags.get("elected", {}).get(position),
        ))
    return tuple(listed)


def quota_election(candidates, votes=(("A", 500), ("B", 500))):
    return Election(parties(*votes), candidates=candidates)


def test_suggested_holders_swap_in_the_best_placed_eligible():
    result = allocate(quota_election(small_list()), settings(list_seats=8, election_date=ELECTION_DAY))
    a = result.party("A")
    assert a.list_seats == 4
    q = a.quota
    assert (q.required, q.eligible, q.filled, q.met, q.chosen) == (2, 3, 2, True, False)
    # list order 1-4 holds one eligible (3); 6 is swapped in for 4, the worst-placed non-eligible.
    assert [(h.position, h.category, h.swapped_in) for h in q.holders] == [
        (1, None, False), (2, None, False), (3, "woman", False), (6, "youth", True)
    ]
    assert "quota-swap" in codes(result.steps) and "mandate-quota-suggested" in codes(result.steps)
    assert q.list_length == 8 and q.list_length_ok and q.list_eligible_ok and q.applies


def test_chosen_holders_are_checked_not_replaced():
    chosen = {1: True, 2: True, 4: True, 5: True}
    result = allocate(quota_election(small_list(elected=chosen)),
                      settings(list_seats=8, election_date=ELECTION_DAY))
    q = result.party("A").quota
    assert q.chosen and [h.position for h in q.holders] == [1, 2, 4, 5]
    assert (q.required, q.filled, q.met) == (2, 0, False)
    assert "quota-not-met" in codes(result.warnings)


def test_chosen_holders_that_do_not_match_the_seats_are_warned():
    result = allocate(quota_election(small_list(elected={1: True, 3: True})),
                      settings(list_seats=8, election_date=ELECTION_DAY))
    assert "holders-count-mismatch" in codes(result.warnings)


def test_without_an_election_date_youth_is_not_counted_and_a_warning_says_so():
    result = allocate(quota_election(small_list()), settings(list_seats=8))
    q = result.party("A").quota
    assert q.eligible == 2
    assert "youth-needs-election-date" in codes(result.warnings)


def test_list_composition_share_and_length():
    too_few = tuple(Candidate("A", i, f"A{i}", WOMAN if i <= 2 else MAN) for i in range(1, 11))
    result = allocate(quota_election(too_few), settings(list_seats=4))  # max list length 5 (5.2)
    q = result.party("A").quota
    assert not q.list_eligible_ok and not q.list_length_ok
    assert {"list-eligible-short", "list-too-long"} <= set(codes(result.warnings))


def test_list_length_limit_is_130_percent_rounded_to_nearest_as_the_commission_counted():
    # CEC 2023: 90 names for 69 seats (89.7); 2016 and 2021: 127 for 98 (127.4, not 128)
    assert (max_list_length(69), max_list_length(98)) == (90, 127)
    assert (max_list_length(4), max_list_length(5), max_list_length(21)) == (5, 7, 27)
    names = tuple(Candidate("A", i, f"A{i}", WOMAN) for i in range(1, 128))
    result = allocate(quota_election(names), settings(list_seats=98))
    assert result.party("A").quota.list_length_ok
    longer = names + (Candidate("A", 128, "A128", WOMAN),)
    result = allocate(quota_election(longer), settings(list_seats=98))
    assert not result.party("A").quota.list_length_ok
    step = next(s for s in result.steps if s.code == "list-composition")
    assert step.params["max_length"] == 127 and "list-length-rounding" in step.rules


def test_a_list_that_runs_out_leaves_seats_vacant():
    short = tuple(Candidate("A", i, f"A{i}", WOMAN) for i in range(1, 4))
    result = allocate(quota_election(short, votes=(("A", 800), ("B", 200))), settings(list_seats=5))
    a = result.party("A")
    assert (a.list_seats_won, a.list_seats, a.vacant) == (4, 3, 1)
    assert result.vacant == 1
    assert a.quota.required == 1 and len(a.quota.holders) == 3
    assert "list-exhausted" in codes(result.warnings) and "list-exhausted" in codes(result.steps)


def test_parties_without_candidates_have_no_quota_and_maslikhats_show_it_for_information():
    result = allocate(quota_election(small_list()), settings(list_seats=8, election_date=ELECTION_DAY))
    assert result.party("B").quota is None
    regional = settings(body=Body.MASLIKHAT_REGIONAL, list_seats=8, district_seats=0,
                        election_date=ELECTION_DAY)
    q = allocate(quota_election(small_list()), regional).party("A").quota
    assert q is not None and not q.applies


def test_candidates_of_an_unknown_party_are_reported():
    stray = (Candidate("Nobody", 1, "N1", WOMAN),)
    result = allocate(quota_election(stray), settings(list_seats=4))
    assert "candidates-unknown-party" in codes(result.warnings)
