"""Every method side by side: each column is what allocate gives, ties never guessed."""

from __future__ import annotations

from dataclasses import replace
from fractions import Fraction

from core_builders import AGAINST_ALL_2023, OFFICIAL_2023, parties, settings

from kzseats_gui.core.allocator import allocate
from kzseats_gui.core.comparison import compare_methods
from kzseats_gui.core.model import Election, LotRecord, Method


def test_each_column_is_the_allocation_under_that_method_and_differences_are_marked():
    election = Election(parties(*OFFICIAL_2023), against_all=AGAINST_ALL_2023)
    rules = settings()
    comparison = compare_methods(election, rules)
    assert [c.method for c in comparison.columns] == [Method.HARE, Method.DROOP, Method.DHONDT,
                                                       Method.SAINTE_LAGUE]
    law = comparison.column(Method.HARE)
    for column in comparison.columns:
        result = allocate(election, replace(rules, method=column.method))
        assert column.list_seats == {n: result.party(n).list_seats for n, _ in OFFICIAL_2023}
        assert column.differs == {n for n in column.list_seats if column.list_seats[n] != law.list_seats[n]}
        assert sum(column.list_seats.values()) == 69 and not column.open_ties
    # D'Hondt favours the largest party: Amanat 41 instead of 40, OSDP 3 instead of 4
    assert comparison.column(Method.DHONDT).differs == {"Amanat", "OSDP"}
    assert not law.differs


def test_a_tie_that_needs_a_lot_is_stated_and_never_counted_as_a_difference():
    election = Election(parties(("A", 500), ("B", 100), ("C", 100)))
    rules = settings(list_seats=3, threshold_percent=Fraction(0))
    comparison = compare_methods(election, rules)
    law = comparison.column(Method.HARE)
    assert law.lots_required and law.open_ties[0].between == ("B", "C") and law.open_ties[0].seats == 1
    assert law.list_seats == {"A": 2, "B": 0, "C": 0} and law.tied("B") and not law.tied("A")
    dhondt = comparison.column(Method.DHONDT)
    assert dhondt.list_seats == {"A": 3, "B": 0, "C": 0} and not dhondt.lots_required
    assert dhondt.differs == {"A"}  # B and C hold 0 in both, but the law's seat between them is open
    assert comparison.lots_required


def test_a_recorded_lot_decides_the_tie_of_the_method_in_force_only():
    election = Election(parties(("A", 500), ("B", 100), ("C", 100)))
    rules = settings(list_seats=3, threshold_percent=Fraction(0))
    comparison = compare_methods(election, rules, (LotRecord("list", ("C",)),))
    law = comparison.column(Method.HARE)
    assert not law.lots_required and law.list_seats == {"A": 2, "B": 0, "C": 1}
    assert comparison.column(Method.DHONDT).differs == {"A", "C"}
    # Sainte-Laguë ties A, B and C for the third seat: the lot drawn between B and C is not its lot
    sainte_lague = comparison.column(Method.SAINTE_LAGUE)
    assert sainte_lague.lots_required and sainte_lague.open_ties[0].between == ("A", "B", "C")
