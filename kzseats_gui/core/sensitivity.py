"""How many votes each list party is from a seat more, a seat less, and the threshold: exact figures.

All other counts stay as they are. Added votes are new valid ballots, so they also raise the threshold
base (for the base "ballots" they add to the ballots cast as well); lost votes are ballots that were not
cast, so they lower it the same way. Seats are list seats *held*: won and fillable from the party's
list. A seat that would have to be decided by drawing lots is not counted as held by any of the tied
parties (when registration order decides the tie, as the settings allow, the winner holds it).

``votes_to_gain_seat`` is the fewest extra votes x >= 1 after which the party holds at least one list seat
more than now, taken literally: seat counts need not grow with votes, because a party pushed below the
threshold by the larger base hands its votes back and the others' quotients all change (an Alabama-like
effect). ``votes_to_lose_seat`` is the fewest votes y >= 1 whose loss leaves it at least one seat fewer.

How it stays exact without trying millions of counts one by one: the set of parties that take part
changes only where a linear threshold or runner-up comparison changes sign, and those points are solved
in integers. Between them the seat count of the party is non-decreasing in its votes, for every method:
its quotient grows while every other party's shrinks (largest remainder: its remainder can only climb
past the others', and each other party whose integer part drops frees exactly one more leftover seat;
divisor methods: its quotients grow, the others stay). The Droop quota is a whole number that grows by
one every ``seats + 1`` votes, so there the count is non-decreasing within each such block and from
block end to block end (over a block the party's quotient grows, since its votes are below
``(seats + 1) x quota``). The one exception is Hare with a runner-up taking part (the 2009 rule): there
seats can fall as votes grow, and ``runner_up_points`` gives every place they can change instead.
Each piece is then searched by bisection (or at those places), and every count it looks at comes from
running the list tier itself (``what_if.ListSeatsProbe``), not from a formula.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from fractions import Fraction

from .model import Election, Method, Settings
from .runner_up_points import runner_up_points
from .threshold import threshold_base
from .what_if import RUNNER_UP, ListOutcome, ListSeatsProbe, TakingPart


@dataclass(frozen=True)
class PartySensitivity:
    name: str
    votes: int
    list_seats: int  # held now (a seat waiting for a lot is not counted)
    votes_to_gain_seat: int | None  # None: no number of votes gives it a seat more
    votes_to_lose_seat: int | None  # None: it holds no list seat
    votes_to_threshold: int | None  # 0 when its votes reach the threshold; None: unreachable (100 %)


def sensitivity(election: Election, settings: Settings) -> tuple[PartySensitivity, ...]:
    """Exact figures for every party on the list ballot, in ballot order."""
    probe = ListSeatsProbe(election, settings)
    base = threshold_base(settings, sum(probe.votes), election.against_all)
    figures = []
    for index, party in enumerate(probe.parties):
        search = SeatSearch(probe, index, base)
        figures.append(PartySensitivity(
            name=party.name,
            votes=probe.votes[index],
            list_seats=search.seats_now,
            votes_to_gain_seat=search.votes_to_gain(),
            votes_to_lose_seat=search.votes_to_lose(),
            votes_to_threshold=votes_to_threshold(probe.votes[index], settings.threshold_percent, base),
        ))
    return tuple(figures)


def votes_to_threshold(votes: int, percent: Fraction, base: int) -> int | None:
    """The fewest extra votes x with ``(votes + x) * 100 >= percent * (base + x)``; 0 when already so.

    A base of zero passes nobody, so at least one ballot must then exist.
    """
    shortfall = percent.numerator * base - 100 * percent.denominator * votes
    per_vote = 100 * percent.denominator - percent.numerator  # what one more vote gains on the test
    if shortfall <= 0:
        needed = 0
    elif per_vote <= 0:
        return None
    else:
        needed = -(-shortfall // per_vote)
    return max(needed, 1 - base)


def sensitivity_to_json(figures: tuple[PartySensitivity, ...]) -> dict[str, object]:
    """The ``kzseats sensitivity --json`` document."""
    return {
        "parties": [
            {
                "name": f.name,
                "votes_to_gain_seat": f.votes_to_gain_seat,
                "votes_to_lose_seat": f.votes_to_lose_seat,
                "votes_to_threshold": f.votes_to_threshold,
            }
            for f in figures
        ]
    }


# --- the search ----------------------------------------------------------------------------------


def _around(numerator: int, denominator: int) -> set[int]:
    """The whole numbers on both sides of (and at) the rational point numerator / denominator."""
    if denominator < 0:
        numerator, denominator = -numerator, -denominator
    low = numerator // denominator
    high = -(-numerator // denominator)
    return {low, low + 1, high - 1, high}


def _first_true(low: int, high: int, holds: Callable[[int], bool]) -> int | None:
    """The smallest x in [low, high] where ``holds`` turns true, for ``holds`` false then true."""
    if low > high or not holds(high):
        return None
    while low < high:
        middle = (low + high) // 2
        if holds(middle):
            high = middle
        else:
            low = middle + 1
    return low


def _last_true(low: int, high: int, holds: Callable[[int], bool]) -> int | None:
    """The largest x in [low, high] where ``holds`` is still true, for ``holds`` true then false."""
    if low > high or not holds(low):
        return None
    while low < high:
        middle = (low + high + 1) // 2
        if holds(middle):
            low = middle
        else:
            high = middle - 1
    return low


class SeatSearch:
    """Seats of one party as a function of x, the votes added to it (negative: taken away)."""

    def __init__(self, probe: ListSeatsProbe, index: int, base: int):
        self.probe = probe
        self.index = index
        self.name = probe.parties[index].name
        self.votes = probe.votes[index]
        self.base = base
        settings = probe.settings
        self.seats = settings.list_seats
        self.method = settings.method
        self._outcomes: dict[int, ListOutcome] = {}
        self._admitted: dict[int, TakingPart] = {}
        self.seats_now = self.held(0)
        length = probe.list_length(self.name)
        self.ceiling = self.seats if length is None else min(self.seats, length)
        everything = sum(probe.votes) + probe.election.against_all + (settings.ballots_cast or 0)
        # Beyond this many extra votes a party that takes part holds every seat its list can fill, under
        # every method: the other parties' quotients add up to less than one half.
        self.horizon = 2 * (self.seats + 1) * (everything + self.seats + 1)

    # evaluations, each one a run of the list tier
    def outcome(self, x: int) -> ListOutcome:
        if x not in self._outcomes:
            votes = list(self.probe.votes)
            votes[self.index] += x
            self._outcomes[x] = self.probe.run(votes, self.probe.election.against_all, ballots_added=x)
        return self._outcomes[x]

    def held(self, x: int) -> int:
        return self.outcome(x).seats(self.name)

    def admitted(self, x: int) -> TakingPart:
        if x in self._outcomes:
            return self._outcomes[x].admitted
        if x not in self._admitted:
            votes = list(self.probe.votes)
            votes[self.index] += x
            self._admitted[x] = self.probe.admitted(votes, self.probe.election.against_all, ballots_added=x)
        return self._admitted[x]

    # the two figures
    def votes_to_gain(self) -> int | None:
        target = self.seats_now + 1
        if target > self.ceiling:
            return None
        def holds(x: int) -> bool:
            return self.held(x) >= target
        points = sorted({1} | {p for p in self.event_points() if p >= 1})
        for first, last, admitted, open_ended in self.pieces(points):
            if self.name not in admitted:
                continue  # it holds nothing there
            if open_ended:
                last = max(last, self.horizon)
            found = self._first_in_piece(first, last, admitted, holds)
            if found is not None:
                return found
        return None

    def votes_to_lose(self) -> int | None:
        if self.seats_now == 0:
            return None
        target = self.seats_now - 1
        def holds(x: int) -> bool:
            return self.held(x) <= target
        lowest = -self.votes
        points = sorted({-1, lowest} | {p for p in self.event_points() if lowest <= p <= -1}, reverse=True)
        for start, end, admitted, _ in self.pieces(points):
            first, last = end, start  # walking down
            if self.name not in admitted:
                return -last  # it holds nothing there
            found = self._last_in_piece(first, last, admitted, holds)
            if found is not None:
                return -found
        return None

    # where the parties taking part can change
    def event_points(self) -> set[int]:
        percent = self.probe.settings.threshold_percent
        runner_up = self.probe.settings.admit_runner_up
        num, den = percent.numerator, percent.denominator
        v, base = self.votes, self.base
        points = {-v, -v + 1}  # no votes at all: no runner-up, nothing to apportion
        points |= _around(-base, 1)  # a base of zero passes nobody
        if 100 * den != num:  # it reaches the threshold: 100 den (v + x) >= num (base + x)
            points |= _around(num * base - 100 * den * v, 100 * den - num)
        for j, other in enumerate(self.probe.votes):
            if j == self.index:
                continue
            if num:  # the growing base pushes another party below the threshold
                points |= _around(100 * den * other - num * base, num)
            if runner_up:
                points |= _around(other - v, 1)  # equal votes decide who is runner-up
        return points

    def pieces(self, points: list[int]) -> Iterator[tuple[int, int, TakingPart, bool]]:
        """Runs of the points, in the order given, over which the same parties take part.

        Every change happens between two neighbouring whole numbers that are both points, so the
        parties taking part are the same over each run, including the numbers between its points.
        Yields (first point, last point, parties, whether the run goes on past the last point).
        Lazily: a search that finds its answer early never looks at the far points.
        """
        start = previous = points[0]
        admitted = self.admitted(start)
        for point in points[1:]:
            now = self.admitted(point)
            if now != admitted:
                yield start, previous, admitted, False
                start, admitted = point, now
            previous = point
        yield start, previous, admitted, True

    # searches within one piece, where the seat count is non-decreasing (block by block for Droop)
    def _first_in_piece(
        self, first: int, last: int, admitted: TakingPart, holds: Callable[[int], bool]
    ) -> int | None:
        points = self.runner_up_points(first, last, admitted)
        if points is not None:  # seats need not rise: try every place they can change, in order
            return next((x for x in points if holds(x)), None)
        if self.method is not Method.DROOP:
            return _first_true(first, last, holds)
        block_start, block_end, block_of = self.droop_blocks(admitted)
        b_first, b_last = block_of(first), block_of(last)
        # ends of whole blocks (all but maybe the last) carry non-decreasing seat counts
        block = _first_true(b_first, b_last - 1, lambda b: holds(block_end(b)))
        if block is not None:
            return _first_true(max(first, block_start(block)), block_end(block), holds)
        return _first_true(max(first, block_start(b_last)), last, holds)

    def _last_in_piece(
        self, first: int, last: int, admitted: TakingPart, holds: Callable[[int], bool]
    ) -> int | None:
        points = self.runner_up_points(first, last, admitted)
        if points is not None:
            return next((x for x in reversed(points) if holds(x)), None)
        if self.method is not Method.DROOP:
            return _last_true(first, last, holds)
        block_start, block_end, block_of = self.droop_blocks(admitted)
        b_first, b_last = block_of(first), block_of(last)
        # starts of whole blocks (all but maybe the first) carry non-decreasing seat counts
        block = _last_true(b_first + 1, b_last, lambda b: holds(block_start(b)))
        if block is not None:
            return _last_true(block_start(block), min(block_end(block), last), holds)
        return _last_true(first, min(block_end(b_first), last), holds)

    def runner_up_points(self, first: int, last: int, admitted: TakingPart) -> list[int] | None:
        """Under Hare with a runner-up taking part: every x in [first, last] where seats can change.

        None elsewhere (there seats do not fall as votes grow, and a search may halve intervals).
        """
        runners = {a[1] for a in admitted if isinstance(a, tuple) and a[0] == RUNNER_UP}
        if self.method is not Method.HARE or not runners:
            return None
        taking = [k for k, p in enumerate(self.probe.parties) if p.name in admitted or p.name in runners]
        return runner_up_points(
            [self.probe.votes[k] for k in taking],
            [self.probe.parties[k].name in runners for k in taking],
            taking.index(self.index),
            self.seats,
            first,
            last,
        )

    def droop_blocks(
        self, admitted: TakingPart
    ) -> tuple[Callable[[int], int], Callable[[int], int], Callable[[int], int]]:
        """Blocks of x over which the Droop quota (admitted votes // (seats + 1) + 1) stays the same."""
        pairs = zip(self.probe.parties, self.probe.votes, strict=True)
        total = sum(votes for party, votes in pairs if party.name in admitted)
        size = self.seats + 1
        return (
            lambda b: b * size - total,
            lambda b: (b + 1) * size - 1 - total,
            lambda x: (total + x) // size,
        )
