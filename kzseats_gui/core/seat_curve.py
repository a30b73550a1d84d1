"""Seats versus votes for one party: its list seats as its own votes run from 0 to twice the count.

All other counts stay as they are; the party's votes change as new or withdrawn valid ballots, so the
threshold base moves with them, as in ``sensitivity``. The result is the exact step function: every
vote count at which the party's list seats change, each found by running the list tier itself
(``what_if.ListSeatsProbe``), never by sampling the range.

Why a few thousand runs of the list tier find every step of a range of millions of votes: between the
points where the parties taking part change (``sensitivity.SeatSearch`` solves those in integers) the
party's seats never fall as its votes grow (Hare, D'Hondt, Sainte-Laguë), so an interval whose two
ends hold the same seats holds them throughout, and halving the others finds each step. With Droop
the quota grows by one every ``seats + 1`` votes and the party's seats can dip where it does; within
one such block they never fall, and from block start to block start, as from block end to block end,
they never fall either (``sensitivity`` explains why). So a run of whole blocks whose first start and
last end hold the same seats holds them throughout, and halving the runs finds every block with a
step inside or a dip at its start.

Under Hare with a runner-up admitted (the 2009 rule: its votes count x 0.7 and it takes at least two
seats) the seats need not rise with the votes; there the list tier runs at every place the seats can
change (``runner_up_points`` solves those exactly) and nowhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from .model import Election, Method, Settings
from .sensitivity import SeatSearch, votes_to_threshold
from .threshold import threshold_base
from .what_if import ListSeatsProbe, TakingPart

MAX_STEPS = 5_000  # a curve with more steps than this is cut off there (``complete`` False)


@dataclass(frozen=True)
class SeatStep:
    votes: int  # from this many votes of the party on ...
    list_seats: int  # ... it holds this many list seats (up to the next step)


@dataclass(frozen=True)
class SeatCurve:
    name: str
    votes: int  # its votes now
    list_seats: int  # held now
    threshold_votes: int | None  # the fewest votes at which it passes (None: no count does)
    steps: tuple[SeatStep, ...]  # the first at 0 votes, then one at every change, up to 2 x votes
    complete: bool  # False when cut off after MAX_STEPS steps

    @property
    def falls(self) -> bool:
        """Somewhere more votes give fewer seats (the runner-up rule, or the threshold moving)."""
        return any(later.list_seats < earlier.list_seats for earlier, later in pairwise(self.steps))

    def seats_at(self, votes: int) -> int:
        """List seats with ``votes`` (0 <= votes <= 2 x the count now)."""
        held = self.steps[0].list_seats
        for step in self.steps:
            if step.votes > votes:
                break
            held = step.list_seats
        return held


class _TooManySteps(Exception):
    pass


def seat_curve(election: Election, settings: Settings, name: str, max_steps: int = MAX_STEPS) -> SeatCurve:
    """The exact seats-versus-votes steps of list party ``name``."""
    probe = ListSeatsProbe(election, settings)
    index = next((k for k, p in enumerate(probe.parties) if p.name == name), None)
    if index is None:
        raise ValueError(f"{name!r} is not on the list ballot")
    base = threshold_base(settings, sum(probe.votes), election.against_all)
    search = SeatSearch(probe, index, base)
    votes = search.votes
    tracer = _Tracer(search, max_steps)
    complete = True
    try:
        tracer.trace(-votes, votes)
    except _TooManySteps:
        complete = False
    steps = [SeatStep(0, search.held(-votes))]
    steps += [SeatStep(votes + x, search.held(x)) for x in sorted(tracer.changes)]
    return SeatCurve(
        name=name,
        votes=votes,
        list_seats=search.seats_now,
        threshold_votes=votes_to_threshold(0, settings.threshold_percent, base - votes),
        steps=tuple(steps[: max_steps + 1]),
        complete=complete,
    )


class _Tracer:
    """Finds every x in a range where held(x) differs from held(x - 1)."""

    def __init__(self, search: SeatSearch, max_steps: int):
        self.search = search
        self.max_steps = max_steps
        self.changes: set[int] = set()

    def held(self, x: int) -> int:
        return self.search.held(x)

    def boundary(self, x: int) -> None:
        if self.held(x) != self.held(x - 1):
            self.changes.add(x)
            if len(self.changes) > self.max_steps:
                raise _TooManySteps()

    def trace(self, low: int, high: int) -> None:
        search = self.search
        points = sorted({low, high} | {p for p in search.event_points() if low <= p <= high})
        for first, last, admitted, open_ended in search.pieces(points):
            last = high if open_ended else last
            if first > low:
                self.boundary(first)
            if search.name not in admitted:
                continue  # it holds nothing there
            places = search.runner_up_points(first, last, admitted)
            if places is not None:  # the 2009 runner-up rule: seats need not rise with votes
                for x in places[1:]:
                    self.boundary(x)
            elif search.method is Method.DROOP:
                self.droop_piece(first, last, admitted)
            else:
                self.rising(first, last)

    def rising(self, low: int, high: int) -> None:
        """Every step in (low, high], where held never falls."""
        if low >= high or self.held(low) == self.held(high):
            return
        if high == low + 1:
            self.boundary(high)
            return
        middle = (low + high) // 2
        self.rising(low, middle)
        self.rising(middle, high)

    def droop_piece(self, first: int, last: int, admitted: TakingPart) -> None:
        start, end, block_of = self.search.droop_blocks(admitted)
        b_first, b_last = block_of(first), block_of(last)
        if b_first == b_last:
            self.rising(first, last)
            return
        self.rising(first, end(b_first))
        if b_last - b_first >= 2:
            self.whole_blocks(b_first + 1, b_last - 1, start, end)
        self.boundary(start(b_last))
        self.rising(start(b_last), last)

    def whole_blocks(
        self, b_low: int, b_high: int, start: Callable[[int], int], end: Callable[[int], int]
    ) -> None:
        """Blocks b_low..b_high: the same seats from the first start to the last end means no step."""
        self.boundary(start(b_low))
        if self.held(start(b_low)) == self.held(end(b_high)):
            return
        if b_low == b_high:
            self.rising(start(b_low), end(b_low))
            return
        middle = (b_low + b_high) // 2
        self.whole_blocks(b_low, middle, start, end)
        self.whole_blocks(middle + 1, b_high, start, end)
