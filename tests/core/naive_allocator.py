"""A deliberately naive list-tier allocator, written from the rules text, to check the engine against.

Everything is a Fraction, every quotient of every party is listed and sorted, seats go one at a time.
Slow on purpose: it shares no code and no shortcut with ``kzseats_gui.core``.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from math import floor


@dataclass(frozen=True)
class NaiveOutcome:
    seats: dict[str, int]  # decided seats; tied seats not included
    tied: frozenset[str]  # parties tied at the cut (empty when no tie)
    tied_seats: int  # seats they share
    vacant: int  # no party takes part: every list seat stays vacant


def naive_threshold(votes: dict[str, int], against_all: int, percent: Fraction) -> list[str]:
    base = sum(votes.values()) + against_all
    if base == 0:
        return []
    return [name for name, v in votes.items() if Fraction(v, base) * 100 >= percent]


def naive_allocate(
    votes: dict[str, int], against_all: int, seats: int, percent: Fraction, method: str
) -> NaiveOutcome:
    admitted = {name: votes[name] for name in naive_threshold(votes, against_all, percent)}
    if not admitted or sum(admitted.values()) == 0:
        return NaiveOutcome({name: 0 for name in votes}, frozenset(), 0, seats)
    if method in ("hare", "droop"):
        won, tied, tied_seats = _largest_remainder(admitted, seats, method)
    else:
        won, tied, tied_seats = _highest_quotients(admitted, seats, method)
    return NaiveOutcome({name: won.get(name, 0) for name in votes}, tied, tied_seats, 0)


def _largest_remainder(votes: dict[str, int], seats: int, method: str):
    total = sum(votes.values())
    if method == "hare":
        quota = Fraction(total, seats) if seats else None
    else:
        quota = Fraction(floor(Fraction(total, seats + 1)) + 1)
    won, remainders = {}, {}
    for name, v in votes.items():
        exact = Fraction(v) / quota if quota else Fraction(0)
        won[name] = floor(exact)
        remainders[name] = exact - floor(exact)
    left = seats - sum(won.values())
    ranking = sorted(votes, key=lambda name: remainders[name], reverse=True)
    while left >= len(ranking):  # more seats left than parties (Droop, very few votes): full rounds
        for name in ranking:
            won[name] += 1
        left -= len(ranking)
    return _give_in_order(won, [(remainders[n], n) for n in ranking], left)


def _highest_quotients(votes: dict[str, int], seats: int, method: str):
    quotients = []
    for name, v in votes.items():
        for k in range(seats):
            divisor = k + 1 if method == "dhondt" else Fraction(2 * k + 1, 2)
            quotients.append((Fraction(v) / divisor, name))
    quotients.sort(key=lambda q: q[0], reverse=True)
    return _give_in_order({name: 0 for name in votes}, quotients, seats)


def _give_in_order(won: dict[str, int], ranked: list[tuple[Fraction, str]], seats: int):
    """Give ``seats`` seats one at a time down ``ranked``; report a tie if the last one is shared."""
    if seats == 0:
        return won, frozenset(), 0
    last_value = ranked[seats - 1][0]
    for value, name in ranked[:seats]:
        if value > last_value:
            won[name] += 1
    equal = [name for value, name in ranked if value == last_value]
    at_stake = seats - sum(1 for value, _ in ranked[:seats] if value > last_value)
    if len(equal) > at_stake:
        return won, frozenset(equal), at_stake
    for name in equal:
        won[name] += 1
    return won, frozenset(), 0
