"""The official 2023 Mazhilis figures (kazakh-election-rules.md) give the official result."""

from __future__ import annotations

from fractions import Fraction

import pytest
from core_builders import AGAINST_ALL_2023, OFFICIAL_2023, election_2023_with_districts, parties, settings

from kzseats_gui.core.allocator import allocate
from kzseats_gui.core.model import Election, Method
from kzseats_gui.core.result import Status

OFFICIAL_LIST_SEATS = {
    "Amanat": 40, "Auyl": 8, "Respublica": 6, "Ak Zhol": 6, "People's Party": 5, "OSDP": 4, "Baytaq": 0,
}


def list_seats(result) -> dict[str, int]:
    return {p.name: p.list_seats for p in result.parties}


def steps(result, code):
    return [s for s in result.steps if s.code == code]


@pytest.fixture(scope="module")
def result_2023():
    return allocate(election_2023_with_districts(), settings(list_seats=69, district_seats=29))


def test_list_seats_are_the_official_ones(result_2023):
    assert result_2023.status == Status.OK
    assert list_seats(result_2023) == OFFICIAL_LIST_SEATS
    assert result_2023.valid_ballots == 6_366_441
    assert result_2023.threshold_base == 6_366_441
    assert result_2023.admitted_votes == 5_971_719
    assert result_2023.quota == Fraction(5_971_719, 69)
    baytaq = result_2023.party("Baytaq")
    assert not baytaq.passed and baytaq.total_seats == 0


def test_district_outcome_gives_amanat_62(result_2023):
    amanat = result_2023.party("Amanat")
    assert (amanat.list_seats, amanat.district_seats, amanat.total_seats) == (40, 22, 62)
    assert result_2023.independents == 7
    assert result_2023.pending == result_2023.vacant == result_2023.undecided == 0
    seated = sum(p.total_seats for p in result_2023.parties) + result_2023.independents
    assert seated == 98


def test_audit_trail_shows_the_remainders_that_decide_the_last_two_seats(result_2023):
    ranked = steps(result_2023, "remainder")
    assert [s.params["party"] for s in ranked[:2]] == ["OSDP", "Amanat"]
    osdp = ranked[0].params
    assert osdp["remainder"] == 331_058 * 69 % 5_971_719 and osdp["of"] == 5_971_719
    assert round(float(osdp["fraction"]), 3) == 0.825
    assert round(float(ranked[1].params["fraction"]), 3) == 0.649
    assert [s.params["party"] for s in steps(result_2023, "remainder-seat")] == ["OSDP", "Amanat"]
    parts = {s.params["party"]: s.params["seats"] for s in steps(result_2023, "integer-part")}
    assert sum(parts.values()) == 67
    (threshold,) = steps(result_2023, "threshold")
    assert threshold.params["votes"] == Fraction(5 * 6_366_441, 100)


def test_shares_are_of_the_valid_ballots(result_2023):
    amanat = result_2023.party("Amanat")
    assert amanat.share == Fraction(3_431_510, 6_366_441)
    assert round(float(amanat.share) * 100, 2) == 53.90
    osdp = result_2023.party("OSDP")
    assert osdp.standing == Fraction(331_058 * 69 % 5_971_719, 5_971_719)


def test_dhondt_gives_41_8_6_6_5_3_and_says_it_is_not_the_law():
    election = Election(parties(*OFFICIAL_2023), against_all=AGAINST_ALL_2023)
    result = allocate(election, settings(list_seats=69, method=Method.DHONDT))
    assert list_seats(result) == {**OFFICIAL_LIST_SEATS, "Amanat": 41, "OSDP": 3}
    assert any(n.code == "method-not-the-law" for n in result.warnings)
    assert steps(result, "method-not-the-law")
    assert result.quota is None


@pytest.mark.parametrize("method", [Method.DROOP, Method.SAINTE_LAGUE])
def test_comparison_methods_fill_the_house_and_are_labelled(method):
    election = Election(parties(*OFFICIAL_2023), against_all=AGAINST_ALL_2023)
    result = allocate(election, settings(list_seats=69, method=method))
    assert sum(list_seats(result).values()) == 69
    assert any(n.code == "method-not-the-law" for n in result.warnings)


def test_the_law_carries_no_not_the_law_label(result_2023):
    assert not any(n.code == "method-not-the-law" for n in result_2023.warnings)
