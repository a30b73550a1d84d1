"""A seat decided by lot is a fact of the result: counted, marked, and told in the audit trail in the
order it happened, never credited to a remainder. Also: whole votes and no quota verdict without seats."""

from __future__ import annotations

from core_builders import AGAINST_ALL_2023, OFFICIAL_2023, district, parties, settings

from kzseats_gui.core.allocator import allocate
from kzseats_gui.core.model import Candidate, Election, Gender, LotRecord
from kzseats_gui.text import render_notice, render_step


def codes(result) -> list[str]:
    return [step.code for step in result.steps]


def test_a_list_lot_is_told_after_the_remainders_and_never_as_a_remainder_seat():
    # 3 seats, quota 200: A 1 (remainder 30); leftover 2: D by its remainder 170, then B and C tie at 100.
    election = Election(parties(("A", 230), ("B", 100), ("C", 100), ("D", 170)))
    lot = LotRecord("list", ("C",), drawn_on="21 March, 10:00, CEC hall")
    result = allocate(election, settings(list_seats=3), [lot])
    assert result.status == "ok" and result.seats_by_lot == 1
    assert [t.winners for t in result.lot_ties] == [("C",)]
    trail = codes(result)
    # the tie and the lot come after the seats the remainders gave, in that order
    assert trail.index("list-tie") < trail.index("tie-lot") < trail.index("tie-lot-seat")
    assert trail.index("leftover-seats") < trail.index("list-tie")
    credited = [s.params["party"] for s in result.steps if s.code == "remainder-seat"]
    assert credited == ["D"]
    given = [s for s in result.steps if s.code == "leftover-seats"]
    assert all("C" not in s.params["parties"] for s in given)
    text = [render_step(s) for s in result.steps]
    assert "C takes the tied seat by lot (not by remainder)." in text
    assert any("21 March, 10:00, CEC hall" in line for line in text)
    (notice,) = [n for n in result.warnings if n.code == "seat-decided-by-lot"]
    assert render_notice(notice) == "Decided by lot between B, C: C (drawn: 21 March, 10:00, CEC hall)."


def test_registration_order_is_not_a_lot():
    election = Election(parties(("A", 100, 2), ("B", 100, 1)))
    result = allocate(election, settings(list_seats=3))
    assert result.status == "ok" and result.seats_by_lot == 0 and result.lot_ties == ()


def test_a_district_lot_marks_the_district_and_has_no_margin():
    election = Election(
        parties(("A", 100)),
        districts=(district("5", ("Ivanov", "A", 900), ("Petrov", None, 900), ("Sidorov", None, 10)),),
    )
    open_result = allocate(election, settings(list_seats=1, district_seats=1))
    (outcome,) = open_result.districts
    assert outcome.tie and not outcome.by_lot and outcome.winner is None

    lot = LotRecord("district", ("Petrov",), district="5", drawn_on="DEC 5, 12:00")
    result = allocate(election, settings(list_seats=1, district_seats=1), [lot])
    (outcome,) = result.districts
    assert (outcome.winner, outcome.tie, outcome.by_lot) == ("Petrov", True, True)
    assert result.seats_by_lot == 1 and result.independents == 1
    trail = codes(result)
    order = [trail.index(code) for code in ("district-tie", "district-tie-lot", "district-winner-by-lot")]
    assert order == sorted(order)
    assert "district-winner-independent" not in trail  # no "wins with margin 0"
    assert [n.code for n in result.warnings] == ["district-seat-decided-by-lot"]


def test_the_threshold_in_whole_votes_2023():
    election = Election(parties(*OFFICIAL_2023), against_all=AGAINST_ALL_2023)
    result = allocate(election, settings(list_seats=69))
    assert result.threshold_votes * 100 == 5 * 6_366_441  # 318 322.05 exactly
    assert result.threshold_min_votes == 318_323
    (step,) = [s for s in result.steps if s.code == "threshold"]
    assert "318 322.05" in render_step(step).replace("\u202f", " ")
    assert "at least 318 323 whole votes" in render_step(step).replace("\u202f", " ")


def test_whole_threshold_when_the_fraction_is_whole():
    result = allocate(Election(parties(("A", 60), ("B", 40))), settings(list_seats=2, threshold_percent=5))
    assert result.threshold_votes == 5 and result.threshold_min_votes == 5


def test_no_quota_verdict_for_a_party_without_list_seats():
    candidates = tuple(
        Candidate(name, position, f"{name} {position}", Gender.MALE)
        for name in ("Big", "Small") for position in (1, 2, 3)
    )
    election = Election(parties(("Big", 1000), ("Small", 10)), candidates=candidates)
    result = allocate(election, settings(list_seats=3))
    small, big = result.party("Small").quota, result.party("Big").quota
    assert small.met is None and not small.applies
    assert big.met is False and big.applies  # three men: the quota is not met, and it applies
    assert not any(s.code.startswith("mandate-quota") and s.params["party"] == "Small" for s in result.steps)
