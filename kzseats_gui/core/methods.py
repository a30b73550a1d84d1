"""Apportionment methods: seats for parties from their votes, exactly, with ties left open.

Hare quota with largest remainders is the law (Art. 97-1). Droop largest remainder, D'Hondt and
Sainte-Laguë exist for comparison. Every function works on the admitted parties' votes only and returns
the seats it can decide; seats that a tie decides are reported as an ``OpenTie``, never given away.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from .model import Method


@dataclass(frozen=True)
class OpenTie:
    """Parties (indices) with equal standings at the cut that share ``seats`` (fewer than them)."""

    parties: tuple[int, ...]
    seats: int
    standing: Fraction


@dataclass(frozen=True)
class Apportionment:
    """The decided seats of each party (tied seats excluded) and the figures behind them.

    Largest remainder: ``quota``, ``integer_parts`` and ``remainders`` as (numerator, denominator) of a
    seat, unreduced (Hare: ``votes * seats mod total`` over ``total``; Droop: ``votes mod quota`` over
    ``quota``). Divisor methods: ``last_quotients`` (of each party's last seat won, or of its first seat
    when it won none) and ``next_quotients``. ``standings`` is the one figure per party the method ranks.
    """

    method: Method
    seats: tuple[int, ...]
    tie: OpenTie | None
    standings: tuple[Fraction, ...]
    quota: Fraction | None = None
    integer_parts: tuple[int, ...] = ()
    remainders: tuple[tuple[int, int], ...] = ()
    leftover: int = 0  # seats given by remainders (largest remainder methods)
    last_quotients: tuple[Fraction, ...] = ()
    next_quotients: tuple[Fraction, ...] = ()

    @property
    def decided(self) -> int:
        return sum(self.seats)


def apportion(method: Method, votes: Sequence[int], seats: int) -> Apportionment:
    """Seats for each entry of ``votes`` (admitted parties, all with at least one vote in total)."""
    if seats < 0 or any(v < 0 for v in votes):
        raise ValueError("seats and votes must not be negative")
    if not votes or sum(votes) == 0:
        raise ValueError("apportionment needs at least one vote")
    if method is Method.HARE:
        return hare(votes, seats)
    if method is Method.DROOP:
        return droop(votes, seats)
    if method is Method.DHONDT:
        return divisor_method(Method.DHONDT, votes, seats)
    if method is Method.SAINTE_LAGUE:
        return divisor_method(Method.SAINTE_LAGUE, votes, seats)
    raise ValueError(f"unknown method {method!r}")


# --- largest remainder ---------------------------------------------------------------------------


def hare(votes: Sequence[int], seats: int) -> Apportionment:
    """Hare quota (total / seats), integer parts, then one seat each to the largest remainders.

    The remainder of ``votes / quota`` is ``votes * seats mod total`` over ``total`` (a seat fraction).
    """
    total = sum(votes)
    parts = tuple(v * seats // total for v in votes)
    rems = tuple(v * seats % total for v in votes)
    return by_remainders(Method.HARE, Fraction(total, seats) if seats else None, parts, rems, total, seats)


def droop_quota(total: int, seats: int) -> int:
    """The Droop quota: the smallest whole number of votes above total / (seats + 1)."""
    return total // (seats + 1) + 1


def droop(votes: Sequence[int], seats: int) -> Apportionment:
    """Droop quota, integer parts, then the largest remainders (``votes mod quota`` over ``quota``)."""
    quota = droop_quota(sum(votes), seats)
    parts = tuple(v // quota for v in votes)
    rems = tuple(v % quota for v in votes)
    return by_remainders(Method.DROOP, Fraction(quota), parts, rems, quota, seats)


def by_remainders(
    method: Method, quota: Fraction | None, parts: tuple[int, ...], rems: tuple[int, ...], denominator: int,
    seats: int,
) -> Apportionment:
    n = len(parts)
    leftover = seats - sum(parts)
    seat_counts = list(parts)
    # Hare leaves fewer leftover seats than parties. With a Droop quota and very few votes there can be
    # more: every party takes one per full round, and the remainder order decides the last round.
    rounds, last_round = divmod(leftover, n)
    for i in range(n):
        seat_counts[i] += rounds
    tie = None
    if last_round:
        cut = sorted(rems, reverse=True)[last_round - 1]
        above = [i for i in range(n) if rems[i] > cut]
        at_cut = [i for i in range(n) if rems[i] == cut]
        for i in above:
            seat_counts[i] += 1
        at_stake = last_round - len(above)
        if len(at_cut) > at_stake:
            tie = OpenTie(tuple(at_cut), at_stake, Fraction(cut, denominator))
        else:
            for i in at_cut:
                seat_counts[i] += 1
    return Apportionment(
        method=method,
        seats=tuple(seat_counts),
        tie=tie,
        standings=tuple(Fraction(r, denominator) for r in rems),
        quota=quota,
        integer_parts=parts,
        remainders=tuple((r, denominator) for r in rems),
        leftover=leftover,
    )


# --- divisor methods -----------------------------------------------------------------------------


def divisor(method: Method, seats_held: int) -> int:
    """The divisor for a party's next seat, as a whole number (Sainte-Laguë 1, 3, 5, ... = 2s + 1)."""
    return seats_held + 1 if method is Method.DHONDT else 2 * seats_held + 1


def _lower_bound(method: Method, votes: Sequence[int], seats: int) -> list[int]:
    """Seats every party surely wins: the number of its quotients at or above a divisor ``mu``
    chosen so that all parties together have at most ``seats`` such quotients (so none of them can be
    part of a tie at the cut), and at least ``seats - len(votes)``.

    D'Hondt: mu = total / seats, a party has floor(v / mu) quotients v/k >= mu.
    Sainte-Laguë: mu = total / (2 seats - n), a party has floor((v / mu + 1) / 2) quotients v/(2k+1) >= mu.
    """
    total, n = sum(votes), len(votes)
    if method is Method.DHONDT:
        return [v * seats // total for v in votes] if seats else [0] * n
    scale = 2 * seats - n
    if scale <= 0:
        return [0] * n
    return [(v * scale + total) // (2 * total) for v in votes]


def divisor_method(method: Method, votes: Sequence[int], seats: int) -> Apportionment:
    """D'Hondt or Sainte-Laguë: the ``seats`` largest quotients ``votes / divisor`` win.

    Starts from a provable lower bound, then hands out the few remaining seats by exact comparison of
    the parties' next quotients, a group of equal quotients at a time, so a tie at the cut is found.
    """
    seat_counts = _lower_bound(method, votes, seats)
    remaining = seats - sum(seat_counts)
    heap = [
        (-Fraction(v, divisor(method, s)), i)
        for i, (v, s) in enumerate(zip(votes, seat_counts, strict=True))
    ]
    heapq.heapify(heap)
    tie = None
    while remaining > 0:
        top = heap[0][0]
        group = []
        while heap and heap[0][0] == top:
            group.append(heapq.heappop(heap)[1])
        if len(group) > remaining:
            tie = OpenTie(tuple(sorted(group)), remaining, -top)
            break
        for i in group:
            seat_counts[i] += 1
            heapq.heappush(heap, (-Fraction(votes[i], divisor(method, seat_counts[i])), i))
        remaining -= len(group)
    next_quotients = tuple(
        Fraction(v, divisor(method, s)) for v, s in zip(votes, seat_counts, strict=True)
    )
    last_quotients = tuple(
        Fraction(v, divisor(method, s - 1)) if s else q
        for v, s, q in zip(votes, seat_counts, next_quotients, strict=True)
    )
    return Apportionment(
        method=method,
        seats=tuple(seat_counts),
        tie=tie,
        standings=last_quotients,
        last_quotients=last_quotients,
        next_quotients=next_quotients,
    )
