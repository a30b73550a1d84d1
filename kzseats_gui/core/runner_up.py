"""The 2009 runner-up rule: when only one list passes, the next list takes part, with a correction.

Art. 97(2)-(3) as of 2009 (VOTA translation; IPU summary): the votes of the two lists divided by the
seats give the first quotient; the list that passed takes the integer part of its votes / the
quotient, the runner-up the integer part of its votes / the quotient x 0.7 (the correction index),
and the runner-up takes at least two seats. The text found does not say who takes the seats left
over after the correction; the app gives them by largest remainders (the article's general rule),
one per list per round, and labels that as its own rule. The runner-up's minimum of two seats is
taken from the list that passed. Exact throughout: the corrected figure is
``votes x seats x 7 / (total x 10)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from fractions import Fraction

from .methods import Apportionment, by_remainders
from .model import Method

CORRECTION_INDEX = Fraction(7, 10)
RUNNER_UP_MINIMUM = 2


def runner_up_hare(votes: Sequence[int], corrected: Sequence[bool], seats: int) -> Apportionment:
    """Seats for the admitted lists (``corrected[i]``: list i is a runner-up, not a list that passed)."""
    if not votes or sum(votes) == 0 or seats <= 0:
        raise ValueError("the runner-up rule needs votes and seats")
    total = sum(votes)
    denominator = total * CORRECTION_INDEX.denominator
    scaled = [
        v * seats * (CORRECTION_INDEX.numerator if c else CORRECTION_INDEX.denominator)
        for v, c in zip(votes, corrected, strict=True)
    ]
    parts = tuple(s // denominator for s in scaled)
    rems = tuple(s % denominator for s in scaled)
    result = by_remainders(Method.HARE, Fraction(total, seats), parts, rems, denominator, seats)
    return with_minimum(result, corrected)


def with_minimum(result: Apportionment, corrected: Sequence[bool]) -> Apportionment:
    """Every runner-up at least two seats, taken from the list that passed with the most seats."""
    counts = list(result.seats)
    passed = [i for i, c in enumerate(corrected) if not c]
    for i, is_runner_up in enumerate(corrected):
        while is_runner_up and counts[i] < RUNNER_UP_MINIMUM:
            donor = max(passed, key=lambda j: counts[j], default=None)
            if donor is None or counts[donor] == 0:
                break
            counts[donor] -= 1
            counts[i] += 1
    return replace(result, seats=tuple(counts))


def corrected_figure(votes: int, quota: Fraction) -> Fraction:
    """The runner-up's votes / the first quotient x 0.7, exactly."""
    return Fraction(votes) / quota * CORRECTION_INDEX


__all__ = ["CORRECTION_INDEX", "RUNNER_UP_MINIMUM", "corrected_figure", "runner_up_hare", "with_minimum"]
