"""The same votes under every method: Hare largest remainder (the law), Droop, D'Hondt, Sainte-Laguë.

Each column is a full ``allocate`` with only the method changed (threshold, runner-up, registration
order and short lists as in the settings), so a cell is exactly what ``allocate --method`` would give.
Recorded lots decide ties only in the column of the method in force: a lot is drawn between the parties
of one tie of that allocation, and a record names only its winners, so it would otherwise also "decide"
another method's tie between other parties. A tie that no rule resolves is never guessed: its seats
are in no party's cell and the column lists the tie; a cell is marked as differing from the law only
between decided counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from .allocator import allocate
from .model import Election, LotRecord, Method, Settings
from .result import Tie

THE_LAW = Method.HARE
METHOD_ORDER = (Method.HARE, Method.DROOP, Method.DHONDT, Method.SAINTE_LAGUE)


@dataclass(frozen=True)
class MethodColumn:
    method: Method
    list_seats: dict[str, int]  # held list seats of every list party, ballot order
    open_ties: tuple[Tie, ...]  # list-tier ties waiting for a lot (their seats are in no cell)
    vacant: int  # list seats no party or no candidate can take
    differs: frozenset[str]  # parties whose cell differs from the law's

    @property
    def lots_required(self) -> bool:
        return bool(self.open_ties)

    def tied(self, name: str) -> bool:
        return any(name in tie.between for tie in self.open_ties)


@dataclass(frozen=True)
class MethodComparison:
    parties: tuple[str, ...]  # list parties, ballot order
    votes: dict[str, int]
    columns: tuple[MethodColumn, ...]  # the law first

    def column(self, method: Method) -> MethodColumn:
        return next(c for c in self.columns if c.method is method)

    @property
    def lots_required(self) -> bool:
        return any(c.lots_required for c in self.columns)


def compare_methods(
    election: Election, settings: Settings, lots: Sequence[LotRecord] = ()
) -> MethodComparison:
    names = tuple(p.name for p in sorted(election.list_parties, key=lambda p: p.ballot_order))
    raw = []
    for method in METHOD_ORDER:
        in_force = lots if method is settings.method else ()
        result = allocate(election, replace(settings, method=method), in_force)
        held = {p.name: p.list_seats for p in result.parties}
        seats = {name: held[name] for name in names}
        ties = tuple(t for t in result.ties if t.tier == "list" and t.is_open)
        vacant = settings.list_seats - sum(p.list_seats for p in result.parties) - sum(t.seats for t in ties)
        raw.append((method, seats, ties, vacant))
    law_seats, law_ties = raw[0][1], raw[0][2]

    def undecided(name: str, ties: tuple[Tie, ...]) -> bool:
        return any(name in t.between for t in ties)

    columns = []
    for method, seats, ties, vacant in raw:
        differs = frozenset(
            name for name in names
            if seats[name] != law_seats[name] and not undecided(name, ties) and not undecided(name, law_ties)
        )
        columns.append(MethodColumn(method, seats, ties, vacant, differs))
    return MethodComparison(
        parties=names,
        votes={p.name: p.list_votes for p in election.list_parties},
        columns=tuple(columns),
    )
