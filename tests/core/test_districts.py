"""Single-member districts: plurality, "against all", ties, pending seats and independents."""

from __future__ import annotations

from core_builders import district, parties, settings

from kzseats_gui.core.allocator import allocate
from kzseats_gui.core.model import AgainstAllLeads, Body, Election, LotRecord, Party
from kzseats_gui.core.result import ResolvedBy, Status


def local(*districts, seats: int | None = None, lots=(), **more):
    """A local maslikhat (districts only) with the given districts."""
    election = Election(parties=(), districts=tuple(districts))
    chosen = settings(body=Body.MASLIKHAT_LOCAL, district_seats=seats or len(districts), **more)
    return allocate(election, chosen, lots)


def codes(items) -> list[str]:
    return [item.code for item in items]


def test_the_candidate_with_most_votes_wins():
    result = local(district("1", ("Aida", "Amanat", 500), ("Bolat", "Auyl", 400)))
    (outcome,) = result.districts
    assert (outcome.winner, outcome.party) == ("Aida", "Amanat")
    assert (outcome.winner_votes, outcome.margin) == (500, 100)
    assert result.party("Amanat").district_seats == 1
    assert result.party("Auyl").district_seats == 0


def test_a_party_with_district_candidates_only_gets_a_row():
    result = local(district("1", ("Aida", "Amanat", 500), ("Bolat", "Auyl", 400)))
    amanat = result.party("Amanat")
    assert amanat.votes is None and amanat.passed is False and amanat.share is None
    assert amanat.list_seats == 0 and amanat.total_seats == 1


def test_self_nominated_winners_are_independents():
    result = local(
        district("1", ("Aida", None, 500), ("Bolat", "Auyl", 400)),
        district("2", ("Dana", "Auyl", 300), ("Erlan", None, 200)),
    )
    assert result.independents == 1
    assert result.districts[0].independent and result.districts[0].party is None
    assert result.party("Auyl").district_seats == 1
    assert "district-winner-independent" in codes(result.steps)


def test_against_all_leading_warns_and_the_leader_still_wins():
    result = local(district("7", ("Aida", "Amanat", 500), ("Bolat", None, 400), against_all=900))
    (outcome,) = result.districts
    assert outcome.winner == "Aida" and outcome.against_all_leads and not outcome.void
    assert "against-all-leads" in codes(result.warnings)
    assert result.pending == 0


def test_against_all_leading_voids_the_district_when_chosen():
    result = local(
        district("7", ("Aida", "Amanat", 500), ("Bolat", None, 400), against_all=900),
        against_all_leads=AgainstAllLeads.VOID,
    )
    (outcome,) = result.districts
    assert outcome.winner is None and outcome.void and outcome.against_all_leads
    assert result.pending == 1 and result.party("Amanat").district_seats == 0
    assert "district-void" in codes(result.warnings)


def test_against_all_is_not_a_candidate_even_when_the_counts_are_equal():
    result = local(district("7", ("Aida", "Amanat", 500), against_all=500))
    assert result.districts[0].winner == "Aida" and not result.districts[0].against_all_leads


def test_districts_without_results_and_seats_without_rows_are_pending():
    result = local(
        district("1", ("Aida", "Amanat", 500)),
        district("2", ("Bolat", "Auyl", 0), ("Dana", None, 0)),
        seats=4,
    )
    assert [d.pending for d in result.districts] == [False, True]
    assert result.pending == 3  # district 2, plus two seats with no rows at all
    assert "district-pending" in codes(result.steps)
    assert "district-seats-without-rows" in codes(result.steps)


def test_more_districts_than_seats_is_warned():
    result = local(district("1", ("Aida", "Amanat", 5)), district("2", ("Bolat", "Auyl", 5)), seats=1)
    assert "more-districts-than-seats" in codes(result.warnings)


def test_equal_leaders_need_a_lot():
    tied = district("3", ("Aida", "Amanat", 500), ("Bolat", None, 500), ("Dana", "Auyl", 10))
    result = local(tied)
    assert result.status == Status.LOTS_REQUIRED and result.undecided == 1
    (outcome,) = result.districts
    assert outcome.winner is None and outcome.tie and outcome.margin == 0
    (tie,) = result.ties
    assert (tie.tier, tie.district, tie.between, tie.seats) == ("district", "3", ("Aida", "Bolat"), 1)
    assert tie.is_open and "district-lots-required" in codes(result.warnings)


def test_a_recorded_lot_decides_the_district():
    tied = district("3", ("Aida", "Amanat", 500), ("Bolat", None, 500))
    lot = LotRecord("district", ("Bolat",), district="3", drawn_on="2023-03-21")
    result = local(tied, lots=[lot])
    assert result.status == Status.OK
    assert result.districts[0].winner == "Bolat" and result.independents == 1
    (tie,) = result.ties
    assert tie.resolved_by == ResolvedBy.LOT and tie.winners == ("Bolat",) and tie.drawn_on == "2023-03-21"


def test_a_district_lot_for_someone_not_tied_is_refused():
    tied = district("3", ("Aida", "Amanat", 500), ("Bolat", None, 500), ("Dana", "Auyl", 10))
    result = local(tied, lots=[LotRecord("district", ("Dana",), district="3")])
    assert result.lots_required and "district-lot-not-matching" in codes(result.warnings)


def test_district_seats_add_to_list_seats_of_the_same_party():
    election = Election(
        parties(("Amanat", 600), ("Auyl", 400)),
        districts=(district("1", ("Aida", "amanat", 500), ("Bolat", "Auyl", 400)),),
    )
    result = allocate(election, settings(list_seats=5, district_seats=1))
    amanat = result.party("Amanat")
    assert (amanat.list_seats, amanat.district_seats, amanat.total_seats) == (3, 1, 4)
    assert len(result.parties) == 2


def test_district_party_named_by_short_name():
    election = Election(
        (Party("Amanat Party", 600, 1, short_name="Amanat"),),
        districts=(district("1", ("Aida", "Amanat", 500)),),
    )
    result = allocate(election, settings(list_seats=2, district_seats=1))
    assert result.party("Amanat Party").district_seats == 1 and len(result.parties) == 1
