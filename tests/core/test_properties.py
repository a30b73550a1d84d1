"""Properties every allocation must have, over elections hypothesis makes up.

Vote monotonicity ("more votes for one party never cost it a seat") holds for D'Hondt and Sainte-Laguë
always, threshold included. For the Hare quota it holds while the set of admitted parties is unchanged,
but not when the extra votes raise the threshold base and push another party out: then the
remaining parties' quotas all grow and the remainder order can turn against the party that gained. The
Droop quota (a whole number that moves with the total) can cost a party a seat even with the same
admitted set. The last two facts are pinned by examples below.
"""

from __future__ import annotations

from fractions import Fraction
from math import ceil, floor

from core_builders import parties, settings
from hypothesis import HealthCheck, assume, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from kzseats_gui.core.allocator import allocate
from kzseats_gui.core.model import Election, Method, Party

PROPERTY_RUNS = hypothesis_settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
PERCENTS = st.sampled_from([Fraction(0), Fraction(5), Fraction(7), Fraction(25, 2)])
METHODS = st.sampled_from(list(Method))


@st.composite
def elections(draw, max_votes: int = 1_000_000):
    votes = draw(st.lists(st.integers(0, max_votes), min_size=1, max_size=8))
    against = draw(st.integers(0, max_votes // 10))
    built = tuple(Party(f"P{i}", v, i + 1) for i, v in enumerate(votes))
    return Election(built, against_all=against)


def seats_of(result) -> dict[str, int]:
    return {p.name: p.list_seats for p in result.parties}


def run(election, seats, percent, method, **more):
    return allocate(election, settings(list_seats=seats, threshold_percent=percent, method=method, **more))


@PROPERTY_RUNS
@given(elections(), st.integers(1, 200), PERCENTS, METHODS)
def test_seats_add_up_to_the_house(election, seats, percent, method):
    result = run(election, seats, percent, method, use_registration_order=False)
    given_out = sum(seats_of(result).values())
    assert given_out + result.vacant + result.undecided == seats
    if not result.lots_required and result.admitted_votes > 0:
        assert given_out == seats and result.vacant == 0


@PROPERTY_RUNS
@given(elections(), st.integers(1, 200), PERCENTS)
def test_hare_gives_floor_or_ceiling_of_the_exact_quota(election, seats, percent):
    result = run(election, seats, percent, Method.HARE, use_registration_order=False)
    assume(result.admitted_votes > 0)
    for party in result.parties:
        if party.passed:
            exact = Fraction(party.votes * seats, result.admitted_votes)
            assert party.list_seats in (floor(exact), ceil(exact))


@PROPERTY_RUNS
@given(elections(), st.integers(1, 200), PERCENTS, METHODS)
def test_below_the_threshold_gets_nothing(election, seats, percent, method):
    result = run(election, seats, percent, method)
    for party in result.parties:
        below = result.threshold_base == 0 or party.votes * 100 < percent * result.threshold_base
        assert party.passed is not below
        if below:
            assert party.list_seats == 0 and party.standing is None


@PROPERTY_RUNS
@given(elections(max_votes=40), st.integers(1, 30), PERCENTS, METHODS, st.randoms(use_true_random=False))
def test_party_order_changes_nothing(election, seats, percent, method, rng):
    shuffled = list(election.parties)
    rng.shuffle(shuffled)
    reordered = Election(tuple(Party(p.name, p.votes, i + 1) for i, p in enumerate(shuffled)),
                         against_all=election.against_all)
    first = run(election, seats, percent, method)
    second = run(reordered, seats, percent, method)
    assert seats_of(first) == seats_of(second)
    assert [(set(t.between), t.seats) for t in first.ties] == [(set(t.between), t.seats) for t in second.ties]


def _no_open_tie(*results) -> bool:
    return not any(r.lots_required for r in results)


@PROPERTY_RUNS
@given(elections(max_votes=5_000), st.integers(1, 60), PERCENTS,
       st.sampled_from([Method.DHONDT, Method.SAINTE_LAGUE]), st.data())
def test_divisor_methods_more_votes_never_cost_a_seat(election, seats, percent, method, data):
    index = data.draw(st.integers(0, len(election.parties) - 1))
    extra = data.draw(st.integers(1, 5_000))
    more = _with_more_votes(election, index, extra)
    before, after = run(election, seats, percent, method), run(more, seats, percent, method)
    assume(_no_open_tie(before, after))
    name = election.parties[index].name
    assert after.party(name).list_seats >= before.party(name).list_seats


@PROPERTY_RUNS
@given(elections(max_votes=5_000), st.integers(1, 60), PERCENTS, st.data())
def test_hare_more_votes_never_cost_a_seat_while_the_admitted_parties_stay(election, seats, percent, data):
    index = data.draw(st.integers(0, len(election.parties) - 1))
    extra = data.draw(st.integers(1, 5_000))
    more = _with_more_votes(election, index, extra)
    before, after = run(election, seats, percent, Method.HARE), run(more, seats, percent, Method.HARE)
    assume(_no_open_tie(before, after))
    name = election.parties[index].name
    others_before = {p.name for p in before.parties if p.passed and p.name != name}
    others_after = {p.name for p in after.parties if p.passed and p.name != name}
    assume(others_before == others_after)
    assert after.party(name).list_seats >= before.party(name).list_seats


def _with_more_votes(election: Election, index: int, extra: int) -> Election:
    changed = list(election.parties)
    p = changed[index]
    changed[index] = Party(p.name, p.votes + extra, p.ballot_order)
    return Election(tuple(changed), against_all=election.against_all)


def test_hare_more_votes_can_cost_a_seat_when_another_party_falls_below_the_threshold():
    # 5 % of the valid ballots, 7 seats, P5 always below. Before: 918 valid ballots, P0 passes
    # (46 >= 45.9); admitted votes 880; integer parts P2 1, P3 2, P4 2; remainders P2 .84, P1 .39,
    # P3 .38, P0 .37, P4 .03: the 2 leftover seats go to P2 and P1.
    # After P1 gains 4: 922 valid ballots, P0 falls out (46 < 46.1); admitted votes 838; remainders
    # P2 .93, P3 .50, P1 .44, P4 .13: P2 and P3 take the leftover seats and P1 has none.
    before = Election(parties(("P0", 46), ("P1", 49), ("P2", 231), ("P3", 299), ("P4", 255), ("P5", 37)),
                      against_all=1)
    after = Election(parties(("P0", 46), ("P1", 53), ("P2", 231), ("P3", 299), ("P4", 255), ("P5", 37)),
                     against_all=1)
    first = run(before, 7, Fraction(5), Method.HARE)
    second = run(after, 7, Fraction(5), Method.HARE)
    assert first.party("P0").passed and not second.party("P0").passed
    assert first.party("P1").list_seats == 1 and second.party("P1").list_seats == 0


def test_droop_more_votes_can_cost_a_seat_with_the_same_parties():
    # 21 seats. 527 votes: Droop quota 527 // 22 + 1 = 24, P1 takes 506 // 24 = 21 seats outright.
    # 557 votes: quota 557 // 22 + 1 = 26, P1 takes 536 // 26 = 20 and its remainder 16 loses the last
    # seat to P0's 21.
    first = run(Election(parties(("P0", 21), ("P1", 506))), 21, Fraction(0), Method.DROOP)
    second = run(Election(parties(("P0", 21), ("P1", 536))), 21, Fraction(0), Method.DROOP)
    assert (first.party("P1").list_seats, second.party("P1").list_seats) == (21, 20)
