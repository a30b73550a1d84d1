"""Seat assignment: wedge order, neutral placement, tiers and members."""

from __future__ import annotations

import pytest
from chart_results import PartySpec, ResultSpec, build

from kzseats_gui.charts.options import ChartOptions
from kzseats_gui.charts.scene import SeatKind, Tier
from kzseats_gui.charts.seat_plan import plan_seats


def _order(plan):
    return [group.party for group in plan.groups]


def test_every_seat_of_the_chamber_is_placed_once(mazhilis_2023):
    election, result = mazhilis_2023
    plan = plan_seats(election, result)
    assert plan.total == result.settings.total_seats == len(plan.seats)
    for party in result.parties:
        group = next((g for g in plan.groups if g.party == party.name), None)
        if party.total_seats == 0:
            assert group is None  # Baytaq has no seat, so no wedge
            continue
        assert (group.list_seats, group.district_seats) == (party.list_seats, party.district_seats)
    independents = next(g for g in plan.groups if g.party == "Independent")
    assert independents.total == result.independents
    assert all(seat.tier is Tier.DISTRICT for seat in independents.seats)


def test_ballot_order_with_independents_between_the_wedges_nearest_the_middle(mazhilis_2023):
    plan = plan_seats(*mazhilis_2023)
    # Amanat (62 of 105) covers the middle seat; the 7 independents come right after it, which puts
    # their middle nearer the chamber's middle than placing them first would.
    assert _order(plan) == [
        "Amanat",
        "Independent",
        "Auyl",
        "Respublica",
        "People's Party",
        "Ak Zhol",
        "OSDP",
    ]


def test_neutral_block_straddles_the_middle_when_the_wedges_allow():
    spec = ResultSpec(
        parties=[PartySpec("A", 10), PartySpec("B", 10), PartySpec("C", 10), PartySpec("D", 10)],
        independents=3,
        pending=2,
        vacant_unassigned=1,
    )
    election, result = build(spec)
    plan = plan_seats(election, result)
    assert _order(plan) == ["A", "B", "Independent", "Pending", "Vacant", "C", "D"]
    middle = plan.total // 2
    assert plan.seats[middle].kind is not SeatKind.PARTY


def test_neutral_seats_at_the_right_end(mazhilis_2023):
    plan = plan_seats(*mazhilis_2023, ChartOptions(neutral="right"))
    assert _order(plan)[-1] == "Independent"
    assert _order(plan)[:-1] == ["Amanat", "Auyl", "Respublica", "People's Party", "Ak Zhol", "OSDP"]


def test_order_by_seats_keeps_ballot_order_among_equals(mazhilis_2023):
    plan = plan_seats(*mazhilis_2023, ChartOptions(order="seats", neutral="right"))
    assert _order(plan) == [
        "Amanat",
        "Auyl",
        "Respublica",
        "Ak Zhol",
        "People's Party",
        "OSDP",
        "Independent",
    ]
    totals = [g.total for g in plan.groups[:-1]]
    assert totals == sorted(totals, reverse=True)


def test_custom_order_puts_named_parties_first_then_the_rest_in_ballot_order(mazhilis_2023):
    plan = plan_seats(
        *mazhilis_2023, ChartOptions.of("custom", ["OSDP", "Ak Zhol", "Nobody"], "right")
    )
    assert _order(plan) == [
        "OSDP",
        "Ak Zhol",
        "Amanat",
        "Auyl",
        "Respublica",
        "People's Party",
        "Independent",
    ]


def test_custom_order_can_place_the_neutral_groups(mazhilis_2023):
    custom = ["Auyl", "Independent", "Amanat"]
    plan = plan_seats(*mazhilis_2023, ChartOptions.of("custom", custom))
    assert _order(plan)[:3] == ["Auyl", "Independent", "Amanat"]


def test_list_seats_come_before_district_seats_in_a_wedge(mazhilis_2023):
    plan = plan_seats(*mazhilis_2023)
    amanat = next(g for g in plan.groups if g.party == "Amanat")
    tiers = [seat.tier for seat in amanat.seats]
    assert tiers == [Tier.LIST] * 40 + [Tier.DISTRICT] * 22


def test_members_come_from_holders_and_district_winners(mazhilis_2023):
    election, result = mazhilis_2023
    plan = plan_seats(election, result)
    amanat = next(g for g in plan.groups if g.party == "Amanat")
    holders = [h.name for h in result.party("Amanat").quota.holders]
    assert [s.member for s in amanat.seats if s.tier is Tier.LIST] == holders
    district = [s for s in amanat.seats if s.tier is Tier.DISTRICT]
    assert district[0].member == "Nurtai Sabilianov" and district[0].district is not None
    auyl = next(g for g in plan.groups if g.party == "Auyl")
    assert all(seat.member is None for seat in auyl.seats)  # no candidate data: no names
    independents = next(g for g in plan.groups if g.party == "Independent")
    winners = [d.winner for d in result.districts if d.independent]
    assert [s.member for s in independents.seats] == winners


def test_pending_and_lot_seats_are_pending_with_their_tier_and_vacant_seats_are_list_seats():
    spec = ResultSpec(
        parties=[PartySpec("A", 5, 2, vacant=2), PartySpec("B", 4, 1)],
        pending=3,
        list_lots=2,
        district_lots=1,
        vacant_unassigned=1,
    )
    election, result = build(spec)
    plan = plan_seats(election, result)
    pending = next(g for g in plan.groups if g.party == "Pending")
    assert (pending.list_seats, pending.district_seats) == (2, 4)
    lot_seats = [s for s in pending.seats if s.lot_between]
    assert {s.tier for s in lot_seats} == {Tier.LIST, Tier.DISTRICT}
    assert all(s.member is None for s in pending.seats)
    vacant = next(g for g in plan.groups if g.party == "Vacant")
    assert vacant.total == 3 and vacant.list_seats == 3
    assert [s.origin for s in vacant.seats] == ["A", "A", None]
    assert plan.total == result.settings.total_seats


def test_unknown_options_are_refused(mazhilis_2023):
    with pytest.raises(ValueError):
        ChartOptions(order="alphabetical")
    with pytest.raises(ValueError):
        ChartOptions(neutral="left")


def test_no_seats_gives_an_empty_plan():
    election, result = build(ResultSpec(parties=[PartySpec("A")]))
    plan = plan_seats(election, result)
    assert plan.groups == () and plan.total == 0
