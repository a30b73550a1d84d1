"""Where a party's list seats can change while a runner-up takes part (the 2009 rule, Hare quota).

There the seats need not rise with the party's votes: the runner-up's corrected figure (x 0.7), the
seats left over after it and its minimum of two all move as the party's votes move the total. So a
search cannot halve intervals. But the outcome depends only on each admitted list's integer part and
on the order of the remainders (``runner_up.runner_up_hare``), and with x votes added to one list
every one of those is a linear comparison in x:

- list j's figure is ``w_j x seats x votes_j(x) / (10 x total(x))`` (w = 10, or 7 for a runner-up), and
  its integer part reaches k where ``w_j x seats x votes_j(x) = k x 10 x total(x)``;
- between two such points every integer part is fixed, so each remainder is linear in x and two
  remainders change order at one point.

All of these are solved exactly; the whole numbers around them are the only places the seats can
change, so running the list tier at each of them (and nowhere else) gives every change exactly.
"""

from __future__ import annotations

from collections.abc import Sequence
from fractions import Fraction

from .runner_up import CORRECTION_INDEX


def _around(point: Fraction) -> set[int]:
    low = point.numerator // point.denominator
    high = -(-point.numerator // point.denominator)
    return {low - 1 if low == high else low, low, low + 1, high}


def runner_up_points(
    votes: Sequence[int], corrected: Sequence[bool], mine: int, seats: int, first: int, last: int
) -> list[int]:
    """Every whole x in [first, last] next to which list ``mine``'s seats can change, plus both ends.

    ``votes`` and ``corrected`` describe the admitted lists at x = 0 (``corrected``: a runner-up);
    x votes are added to list ``mine``. The seats are the same at every x between two neighbouring
    points that are not consecutive whole numbers.
    """
    scale = CORRECTION_INDEX.denominator
    weights = [CORRECTION_INDEX.numerator if c else scale for c in corrected]
    total = sum(votes)

    # figure_j(x) = (a_j + b_j x) / (scale (total + x)), as numerator coefficients
    a = [w * seats * v for w, v in zip(weights, votes, strict=True)]
    b = [weights[j] * seats if j == mine else 0 for j in range(len(votes))]

    def solve(const: Fraction | int, slope: Fraction | int) -> Fraction | None:
        """The x where const + slope x = 0, when there is one."""
        return Fraction(-const, 1) / slope if slope else None

    crossings: set[Fraction] = set()
    for j in range(len(votes)):
        for k in range(seats + 2):  # a_j + b_j x = k scale (total + x)
            point = solve(a[j] - k * scale * total, b[j] - k * scale)
            if point is not None and first <= point <= last:
                crossings.add(point)

    points = {first, last}
    ends = sorted({Fraction(first), Fraction(last)} | crossings)
    for left, right in zip(ends, ends[1:], strict=False):
        middle = (left + right) / 2
        if total + middle <= 0:
            continue  # no votes to apportion there
        parts = [
            (a[j] + b[j] * middle) // (scale * (total + middle)) for j in range(len(votes))
        ]
        # remainder_j(x) = a_j + b_j x - part_j scale (total + x)
        const = [a[j] - parts[j] * scale * total for j in range(len(votes))]
        slope = [b[j] - parts[j] * scale for j in range(len(votes))]
        for i in range(len(votes)):
            for j in range(i + 1, len(votes)):
                point = solve(const[i] - const[j], slope[i] - slope[j])
                if point is not None and left <= point <= right:
                    crossings.add(point)
    for point in crossings:
        points |= {p for p in _around(point) if first <= p <= last}
    return sorted(points)
