"""How close the result is: who takes the next list seat if the house grew, and each district's margin.

Exact, from the same code paths as the allocation (``what_if.ListSeatsProbe`` for the list tier, the
district outcomes of ``allocate``). The per-party vote figures are in ``sensitivity``, the
seats-versus-votes steps in ``seat_curve``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .model import Election, Settings
from .result import AllocationResult
from .what_if import ListSeatsProbe, OpenListTie


@dataclass(frozen=True)
class NextSeat:
    """The list tier with one list seat more, against the list tier as it is."""

    list_seats: int  # the seats of the larger list tier
    gains: tuple[str, ...]  # parties holding more list seats there (ballot order)
    losses: tuple[str, ...]  # parties holding fewer there: the Alabama paradox of largest remainder
    open_tie: OpenListTie | None  # the larger tier ends in a tie only a lot can decide
    vacant: bool  # the extra seat goes to a list with no candidate left to take it


def next_list_seat(election: Election, settings: Settings) -> NextSeat:
    now = ListSeatsProbe(election, settings)
    grown = ListSeatsProbe(election, replace(settings, list_seats=settings.list_seats + 1))
    before = now.run(now.votes, election.against_all)
    after = grown.run(grown.votes, election.against_all)
    names = [p.name for p in now.parties]
    gains = tuple(n for n in names if after.seats(n) > before.seats(n))
    losses = tuple(n for n in names if after.seats(n) < before.seats(n))
    held_before = sum(before.held.values()) + (before.open_tie.seats if before.open_tie else 0)
    held_after = sum(after.held.values()) + (after.open_tie.seats if after.open_tie else 0)
    return NextSeat(
        list_seats=settings.list_seats + 1,
        gains=gains,
        losses=losses,
        open_tie=after.open_tie,
        vacant=held_after == held_before,
    )


@dataclass(frozen=True)
class DistrictMargin:
    district: str
    winner: str | None  # None: pending, void or an open tie
    party: str | None  # the winner's party (None: self-nominated, or no winner)
    votes: int | None  # the winner's (or the tied leaders') votes
    runner_up: str | None  # the best-placed other candidate
    runner_up_party: str | None
    runner_up_votes: int | None
    margin: int | None  # votes over the runner-up (0 for a tie)
    votes_to_flip: int | None  # the fewest votes moving from winner to runner-up that make it win outright
    tie: bool


def district_margins(result: AllocationResult) -> tuple[DistrictMargin, ...]:
    """Every district with a result, in the order of the allocation; pending districts are left out."""
    margins = []
    for outcome in result.districts:
        if outcome.pending or not outcome.candidates:
            continue
        ranked = sorted(outcome.candidates, key=lambda c: -c.votes)  # stable: ballot order among equals
        leader = next((c for c in ranked if c.name == outcome.winner), ranked[0])
        second = next((c for c in ranked if c is not leader), None)
        margin = leader.votes - second.votes if second is not None else None
        margins.append(DistrictMargin(
            district=outcome.key,
            winner=outcome.winner,
            party=outcome.party,
            votes=leader.votes,
            runner_up=second.name if second is not None else None,
            runner_up_party=second.party if second is not None else None,
            runner_up_votes=second.votes if second is not None else None,
            margin=margin,
            # moving k votes changes the gap by 2k: the runner-up leads outright from gap < 2k
            votes_to_flip=margin // 2 + 1 if margin is not None else None,
            tie=outcome.tie,
        ))
    return tuple(margins)
