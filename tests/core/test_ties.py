"""Ties that decide a list seat: registration order, a recorded lot, or "lots required"."""

from __future__ import annotations

from core_builders import parties, settings

from kzseats_gui.core.allocator import allocate
from kzseats_gui.core.model import Election, LotRecord, Method, Party
from kzseats_gui.core.result import ResolvedBy, Status


def seats_of(result) -> dict[str, int]:
    return {p.name: p.list_seats for p in result.parties}


def codes(items) -> list[str]:
    return [item.code for item in items]


def two_equal(registration: tuple[int | None, int | None] = (None, None)) -> Election:
    """A and B with equal votes for 3 seats: one seat each, the third decided by the tie."""
    return Election(parties(("A", 100, registration[0]), ("B", 100, registration[1])))


def test_earlier_registered_list_wins_the_tie():
    result = allocate(two_equal((2, 1)), settings(list_seats=3))
    assert result.status == Status.OK
    assert seats_of(result) == {"A": 1, "B": 2}
    (tie,) = result.ties
    assert tie.between == ("A", "B") and tie.seats == 1
    assert tie.resolved_by == ResolvedBy.REGISTRATION_ORDER and tie.winners == ("B",)
    assert "tie-registration-order" in codes(result.steps)


def test_without_registration_order_lots_are_required():
    result = allocate(two_equal(), settings(list_seats=3))
    assert result.status == Status.LOTS_REQUIRED
    assert seats_of(result) == {"A": 1, "B": 1}
    assert result.undecided == 1
    (tie,) = result.ties
    assert tie.between == ("A", "B") and tie.seats == 1 and tie.resolved_by is None and tie.is_open
    assert tie.standing == result.party("A").standing == result.party("B").standing
    assert "lots-required" in codes(result.warnings)
    assert "tie-lots-required" in codes(result.steps)


def test_registration_order_not_used_when_switched_off_missing_or_shared():
    for registration, use in (((2, 1), False), ((1, None), True), ((1, 1), True)):
        result = allocate(two_equal(registration), settings(list_seats=3, use_registration_order=use))
        assert result.lots_required, (registration, use)


def test_a_recorded_lot_completes_the_allocation():
    lot = LotRecord("list", ("A",), drawn_on="2023-03-21 10:00, CEC hall")
    result = allocate(two_equal(), settings(list_seats=3), [lot])
    assert result.status == Status.OK and result.undecided == 0
    assert seats_of(result) == {"A": 2, "B": 1}
    (tie,) = result.ties
    assert tie.resolved_by == ResolvedBy.LOT and tie.drawn_on == "2023-03-21 10:00, CEC hall"
    assert tie.winners == ("A",)
    assert "tie-lot" in codes(result.steps)


def test_a_lot_naming_a_party_outside_the_tie_is_refused():
    # 4 seats: integer parts 1, 1, 0; C takes a leftover seat (0.8), A and B tie (0.6) for the other.
    election = Election(parties(("A", 100), ("B", 100), ("C", 50)))
    result = allocate(election, settings(list_seats=4), [LotRecord("list", ("C",))])
    assert result.lots_required
    assert "lot-not-matching" in codes(result.warnings)
    assert result.ties[0].is_open


def test_a_lot_must_name_as_many_winners_as_seats_at_stake():
    result = allocate(two_equal(), settings(list_seats=3), [LotRecord("list", ("A", "B"))])
    assert result.lots_required and "lot-not-matching" in codes(result.warnings)


def test_three_parties_tied_for_two_seats():
    election = Election(parties(("A", 100), ("B", 100), ("C", 100)))
    open_result = allocate(election, settings(list_seats=5))
    (tie,) = open_result.ties
    assert tie.between == ("A", "B", "C") and tie.seats == 2
    assert open_result.undecided == 2 and sum(seats_of(open_result).values()) == 3

    done = allocate(election, settings(list_seats=5), [LotRecord("list", ("C", "A"))])
    assert seats_of(done) == {"A": 2, "B": 1, "C": 2}
    assert done.ties[0].winners == ("A", "C")


def test_dhondt_equal_quotients_at_the_last_seat():
    # Quotients 200, 100 (A's second) and 100 (B's first): the second seat is tied.
    election = Election(parties(("A", 200), ("B", 100)))
    result = allocate(election, settings(list_seats=2, method=Method.DHONDT))
    (tie,) = result.ties
    assert tie.between == ("A", "B") and tie.seats == 1 and tie.standing == 100
    assert seats_of(result) == {"A": 1, "B": 0}
    done = allocate(election, settings(list_seats=2, method=Method.DHONDT), [LotRecord("list", ("B",))])
    assert seats_of(done) == {"A": 1, "B": 1}


def test_a_tie_that_decides_no_seat_is_not_a_tie():
    # Remainders 0.3, 0.3 and 0.4 for one seat: A and B are equal, but below the cut.
    election = Election(parties(("A", 30), ("B", 30), ("C", 40)))
    result = allocate(election, settings(list_seats=1))
    assert result.status == Status.OK and result.ties == ()
    assert seats_of(result) == {"A": 0, "B": 0, "C": 1}


def test_an_unused_lot_is_reported():
    election = Election(parties(("A", 300), ("B", 100)))
    result = allocate(election, settings(list_seats=4), [LotRecord("list", ("A",))])
    assert result.status == Status.OK
    assert "lot-unused" in codes(result.warnings)


def test_the_lot_may_name_a_party_by_its_short_name():
    election = Election((Party("Alpha Party", 100, 1, short_name="Alpha"), Party("Beta Party", 100, 2)))
    result = allocate(election, settings(list_seats=3), [LotRecord("list", ("Alpha",))])
    assert result.status == Status.OK and result.party("Alpha Party").list_seats == 2
