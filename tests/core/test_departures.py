"""Departures from the law: empty exactly for the legal settings of each body, one id per departure."""

from __future__ import annotations

from fractions import Fraction

import pytest
from core_builders import OFFICIAL_2023, parties, settings

from kzseats_gui.core import departures as d
from kzseats_gui.core.allocator import allocate
from kzseats_gui.core.departures import departures
from kzseats_gui.core.model import AgainstAllLeads, Body, Election, Method, QuotaRounding, ThresholdBase

LEGAL = {
    Body.MAZHILIS: dict(list_seats=69, district_seats=29),
    Body.MASLIKHAT_REGIONAL: dict(list_seats=21, district_seats=21),
    Body.MASLIKHAT_LOCAL: dict(district_seats=30),
    Body.MAZHILIS_2007: dict(list_seats=98),
}


@pytest.mark.parametrize("body", list(Body))
def test_the_legal_settings_of_every_body_depart_from_nothing(body):
    legal = settings(body=body, **LEGAL[body])
    assert departures(legal) == ()
    result = allocate(Election(parties(*OFFICIAL_2023)), legal)
    assert result.departures == () and result.is_the_law


def test_an_odd_regional_maslikhat_may_split_either_way_but_not_further():
    assert departures(settings(body=Body.MASLIKHAT_REGIONAL, list_seats=11, district_seats=10)) == ()
    assert departures(settings(body=Body.MASLIKHAT_REGIONAL, list_seats=12, district_seats=9)) == (d.SEATS,)


@pytest.mark.parametrize(("body", "given", "expected"), [
    (Body.MAZHILIS, dict(method=Method.DHONDT), d.METHOD),
    (Body.MAZHILIS, dict(method=Method.DROOP), d.METHOD),
    (Body.MAZHILIS, dict(quota_rounding=QuotaRounding.FLOOR), d.QUOTA_ROUNDING),
    (Body.MAZHILIS, dict(quota_rounding=QuotaRounding.HALF_UP), d.QUOTA_ROUNDING),
    (Body.MAZHILIS, dict(quota_percent=Fraction(25)), d.QUOTA_PERCENT),
    (Body.MAZHILIS, dict(youth_age_limit=35), d.YOUTH_AGE),
    (Body.MAZHILIS, dict(admit_runner_up=True), d.RUNNER_UP),
    (Body.MASLIKHAT_REGIONAL, dict(admit_runner_up=True), d.RUNNER_UP),
    (Body.MAZHILIS_2007, dict(admit_runner_up=False), d.RUNNER_UP),
    (Body.MAZHILIS_2007, dict(use_registration_order=False), d.REGISTRATION_ORDER),
    (Body.MAZHILIS, dict(against_all_leads=AgainstAllLeads.VOID), d.VOID_DISTRICTS),
    (Body.MASLIKHAT_LOCAL, dict(against_all_leads=AgainstAllLeads.VOID), d.VOID_DISTRICTS),
    (Body.MASLIKHAT_LOCAL, dict(list_seats=5), d.LIST_SEATS_LOCAL),
    (Body.MAZHILIS, dict(threshold_percent=Fraction(7)), d.THRESHOLD),
    (Body.MAZHILIS_2007, dict(threshold_percent=Fraction(5)), d.THRESHOLD),
    (Body.MAZHILIS, dict(threshold_base=ThresholdBase.PARTIES), d.THRESHOLD_BASE),
    (Body.MAZHILIS, dict(threshold_base=ThresholdBase.BALLOTS, ballots_cast=10**7), d.THRESHOLD_BASE),
    (Body.MAZHILIS, dict(list_seats=70, district_seats=28), d.SEATS),
    (Body.MASLIKHAT_REGIONAL, dict(mandate_quota=True), d.MANDATE_QUOTA),
    (Body.MAZHILIS, dict(mandate_quota=False), d.MANDATE_QUOTA),
])
def test_each_setting_the_law_does_not_give_is_one_departure(body, given, expected):
    chosen = settings(body=body, **{**LEGAL[body], **given})
    assert departures(chosen) == (expected,)


def test_settings_that_cannot_change_a_seat_of_the_body_do_not_depart():
    # a local maslikhat has no list tier: the list method and quota settings do not apply
    local = settings(body=Body.MASLIKHAT_LOCAL, district_seats=30, method=Method.DHONDT,
                     quota_rounding=QuotaRounding.FLOOR)
    assert departures(local) == ()
    # the 2007-2021 body had no districts; the 2009 text's party-votes base is its practice
    older = settings(body=Body.MAZHILIS_2007, list_seats=98, against_all_leads=AgainstAllLeads.VOID,
                     threshold_base=ThresholdBase.PARTIES)
    assert departures(older) == ()


def test_several_departures_are_all_listed_in_a_fixed_order():
    chosen = settings(list_seats=69, district_seats=29, method=Method.DHONDT, admit_runner_up=True,
                      against_all_leads=AgainstAllLeads.VOID, quota_rounding=QuotaRounding.FLOOR)
    assert departures(chosen) == (d.METHOD, d.RUNNER_UP, d.VOID_DISTRICTS, d.QUOTA_ROUNDING)


def test_list_seats_on_a_local_maslikhat_are_allocated_with_a_warning_and_a_departure():
    local = settings(body=Body.MASLIKHAT_LOCAL, list_seats=5, district_seats=30)
    result = allocate(Election(parties(("A", 60), ("B", 40))), local)
    assert sum(p.list_seats for p in result.parties) == 5
    assert "list-seats-local" in [n.code for n in result.warnings]
    assert result.departures == (d.LIST_SEATS_LOCAL,) and not result.is_the_law
