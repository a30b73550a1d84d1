"""Which seat of the chart goes to whom, in wedge order.

Every seat of the chamber is accounted for:

- a party's seats: its list seats first, then its district seats, so the two tiers read as two blocks
  inside the party's wedge; list holders' names come from the party's quota result (when the
  workbook lists candidates), district winners' names from the district outcomes;
- ``Independent``: self-nominated district winners;
- ``Pending``: district seats without a result (or void), and every seat that waits for a drawing of
  lots (list or district tier, as the open tie says) — neither kind of seat has a holder yet;
- ``Vacant``: list seats no candidate can take (a list ran out) or that no party could be given.

Party order: "ballot" (ballot order), "seats" (most seats first, ballot order among equals) or
"custom" (the names given first, in that order, then the rest in ballot order). The neutral groups
(Independent, Pending, Vacant, in that order) sit at the "centre" — between the two party wedges that
put their middle closest to the middle of the chamber — or at the "right" end. A custom order that
names a neutral group places that group where it is named.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..core.model import Election
from ..core.result import AllocationResult, PartyResult
from .options import NEUTRAL_PLACES, ORDERS, ChartOptions
from .scene import INDEPENDENT, PENDING, VACANT, SeatKind, Tier

NEUTRAL_NAMES = (INDEPENDENT, PENDING, VACANT)


@dataclass(frozen=True)
class PlannedSeat:
    party: str  # data-party value: party name, "Independent", "Pending" or "Vacant"
    kind: SeatKind
    tier: Tier
    member: str | None = None  # holder or district winner, when known
    district: str | None = None  # district key of a district seat, when known
    origin: str | None = None  # the party whose list seat is vacant, when known
    lot_between: tuple[str, ...] = ()  # a seat waiting for a lot: who is tied
    by_lot: bool = False  # the holder was drawn by lot


@dataclass(frozen=True)
class SeatGroup:
    """One wedge: a party's seats, or one neutral group."""

    party: str
    label: str
    kind: SeatKind
    color: str | None  # the workbook's colour, if any
    ballot_order: int | None  # None for the neutral groups
    seats: tuple[PlannedSeat, ...]

    @property
    def list_seats(self) -> int:
        return sum(1 for seat in self.seats if seat.tier is Tier.LIST)

    @property
    def district_seats(self) -> int:
        return sum(1 for seat in self.seats if seat.tier is Tier.DISTRICT)

    @property
    def total(self) -> int:
        return len(self.seats)


@dataclass(frozen=True)
class SeatPlan:
    groups: tuple[SeatGroup, ...]  # wedge order, left to right

    @property
    def seats(self) -> tuple[PlannedSeat, ...]:
        return tuple(seat for group in self.groups for seat in group.seats)

    @property
    def total(self) -> int:
        return sum(group.total for group in self.groups)


def _party_group(party: PartyResult, result: AllocationResult) -> SeatGroup:
    holders = party.quota.holders if party.quota is not None else ()
    names = [holder.name for holder in holders]
    # the last of a party's list seats is the one a list lot gave it (its others came by the standings)
    by_lot = sum(tie.winners.count(party.name) for tie in result.lot_ties if tie.tier == Tier.LIST)
    list_seats = [
        PlannedSeat(
            party.name, SeatKind.PARTY, Tier.LIST, member=names[i] if i < len(names) else None,
            by_lot=i >= party.list_seats - by_lot,
        )
        for i in range(party.list_seats)
    ]
    won = [d for d in result.districts if d.winner is not None and d.party == party.name]
    district_seats = [
        PlannedSeat(
            party.name,
            SeatKind.PARTY,
            Tier.DISTRICT,
            member=won[i].winner if i < len(won) else None,
            district=won[i].key if i < len(won) else None,
            by_lot=i < len(won) and won[i].by_lot,
        )
        for i in range(party.district_seats)
    ]
    return SeatGroup(
        party.name,
        party.label,
        SeatKind.PARTY,
        party.color,
        party.ballot_order,
        tuple(list_seats + district_seats),
    )


def _independents(result: AllocationResult) -> tuple[PlannedSeat, ...]:
    winners = [d for d in result.districts if d.independent]
    return tuple(
        PlannedSeat(
            INDEPENDENT,
            SeatKind.INDEPENDENT,
            Tier.DISTRICT,
            member=winners[i].winner if i < len(winners) else None,
            district=winners[i].key if i < len(winners) else None,
            by_lot=i < len(winners) and winners[i].by_lot,
        )
        for i in range(result.independents)
    )


def _pending(result: AllocationResult) -> tuple[PlannedSeat, ...]:
    """District seats without a result, then seats waiting for a lot (district ties, then list)."""
    seats: list[PlannedSeat] = []
    waiting = [d for d in result.districts if d.winner is None and (d.pending or d.void) and not d.tie]
    for i in range(result.pending):
        key = waiting[i].key if i < len(waiting) else None
        seats.append(PlannedSeat(PENDING, SeatKind.PENDING, Tier.DISTRICT, district=key))
    open_ties = [tie for tie in result.ties if tie.is_open]
    district_ties = [tie for tie in open_ties if tie.tier == Tier.DISTRICT]
    tied_districts = [d for d in result.districts if d.winner is None and d.tie]
    district_lots = max(len(tied_districts), sum(tie.seats for tie in district_ties))
    district_lots = min(district_lots, result.undecided)
    for i in range(district_lots):
        tie = district_ties[i] if i < len(district_ties) else None
        key = (
            tie.district if tie is not None else (tied_districts[i].key if i < len(tied_districts) else None)
        )
        seats.append(
            PlannedSeat(
                PENDING,
                SeatKind.PENDING,
                Tier.DISTRICT,
                district=key,
                lot_between=tie.between if tie is not None else (),
            )
        )
    list_ties = [tie for tie in open_ties if tie.tier == Tier.LIST]
    between = tuple(name for tie in list_ties for name in tie.between)
    for _ in range(result.undecided - district_lots):
        seats.append(PlannedSeat(PENDING, SeatKind.PENDING, Tier.LIST, lot_between=between))
    return tuple(seats)


def _vacant(result: AllocationResult) -> tuple[PlannedSeat, ...]:
    origins = [party.name for party in result.parties for _ in range(party.vacant)]
    return tuple(
        PlannedSeat(VACANT, SeatKind.VACANT, Tier.LIST, origin=origins[i] if i < len(origins) else None)
        for i in range(result.vacant)
    )


def _ordered_parties(
    groups: list[SeatGroup], order: str, custom_order: Sequence[str] | None
) -> list[SeatGroup]:
    by_ballot = sorted(groups, key=lambda g: (g.ballot_order or 0, g.party))
    if order == "ballot":
        return by_ballot
    if order == "seats":
        return sorted(by_ballot, key=lambda g: -g.total)  # stable: ballot order among equals
    if order == "custom":
        rank = {name: i for i, name in enumerate(custom_order or ())}
        named = sorted((g for g in by_ballot if g.party in rank), key=lambda g: rank[g.party])
        return named + [g for g in by_ballot if g.party not in rank]
    raise ValueError(f"unknown party order {order!r}; expected one of {', '.join(ORDERS)}")


def _centre_index(groups: list[SeatGroup], neutral_seats: int) -> int:
    """Where a neutral block of ``neutral_seats`` puts its middle closest to the chamber's middle."""
    total = sum(g.total for g in groups) + neutral_seats
    best, best_distance, before = 0, None, 0
    for index in range(len(groups) + 1):
        distance = abs(2 * before + neutral_seats - total)  # twice the offset, in whole seats
        if best_distance is None or distance < best_distance:
            best, best_distance = index, distance
        if index < len(groups):
            before += groups[index].total
    return best


def plan_seats(election: Election, result: AllocationResult, options: ChartOptions | None = None) -> SeatPlan:
    """Every seat of ``result`` in wedge order (see the module notes for the rules)."""
    options = options or ChartOptions()
    order, custom_order, neutral = options.order, options.custom_order, options.neutral
    parties = [_party_group(p, result) for p in result.parties if p.total_seats > 0]
    parties = [g for g in parties if g.total > 0]
    ordered = _ordered_parties(parties, order, custom_order)

    neutral_groups = [
        SeatGroup(name, name, kind, None, None, seats)
        for name, kind, seats in (
            (INDEPENDENT, SeatKind.INDEPENDENT, _independents(result)),
            (PENDING, SeatKind.PENDING, _pending(result)),
            (VACANT, SeatKind.VACANT, _vacant(result)),
        )
        if seats
    ]
    placed = [g for g in neutral_groups if order == "custom" and g.party in (custom_order or ())]
    floating = [g for g in neutral_groups if g not in placed]
    if placed:
        rank = {name: i for i, name in enumerate(custom_order or ())}
        # named neutral groups go just before the first group named after them
        for group in sorted(placed, key=lambda g: rank[g.party], reverse=True):
            later = [i for i, g in enumerate(ordered) if rank.get(g.party, len(rank)) > rank[group.party]]
            ordered.insert(later[0] if later else len(ordered), group)
    block_size = sum(g.total for g in floating)
    where = _centre_index(ordered, block_size) if neutral == "centre" else len(ordered)
    return SeatPlan(tuple(ordered[:where] + floating + ordered[where:]))


__all__ = ["NEUTRAL_NAMES", "NEUTRAL_PLACES", "ORDERS", "PlannedSeat", "SeatGroup", "SeatPlan", "plan_seats"]
