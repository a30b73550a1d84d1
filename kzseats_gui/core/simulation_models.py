"""Uncertainty models for the simulation: how each run's whole vote counts are drawn.

Every model draws the list parties' votes and "against all" (when the election has any) and turns
them into whole counts with the same valid total as the election, by largest remainder on integers
(equal remainders go to the earlier ballot position). With no uncertainty every run has exactly the
given counts.

* ``absolute`` — every share moves by its own normal draw with a standard deviation of ``spread``
  percentage points (a party at 10 % lands between 6 % and 14 % in about 95 % of runs at spread 2).
  Shares below zero become zero; then all are scaled back to the valid total.
* ``proportional`` — every share moves by ``spread`` per cent *of itself* (at spread 10 a party at
  40 % has a standard deviation of 4 points, one at 2 % of 0.2 points): small parties stay small.
* ``poll`` — the figures are a poll of ``poll_size`` respondents: each run draws the true shares such a
  poll leaves open, from the Dirichlet distribution with parameters ``poll_size x share`` (the
  multinomial sampling error of the poll, seen from the poll's side). Its mean is the polled shares,
  its standard deviation ``sqrt(p (1 - p) / (N + 1))``: it shrinks as the poll grows. A party with no
  votes in the poll gets none. (Drawing the shares, not a second poll of N answers, keeps the votes
  continuous: a poll of 1,000 would otherwise hand out votes in grains of a thousandth of the total,
  and equal grains would look like ties no real count produces.)

The draws come from NumPy's PCG64 generator seeded with the simulation's seed, in fixed-size chunks,
so the same seed gives the same runs on every machine with the same NumPy (pinned in
requirements/constraints.txt: NumPy does not promise the same streams across its versions).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from fractions import Fraction

import numpy as np

from .row_sums import row_sums

# Drawn shares are brought to whole weights of this many bits before the exact rounding to votes.
WEIGHT_BITS = 32


class Model(str, Enum):
    ABSOLUTE = "absolute"
    PROPORTIONAL = "proportional"
    POLL = "poll"


@dataclass(frozen=True)
class Uncertainty:
    model: Model = Model.ABSOLUTE
    spread: Fraction = Fraction(2)  # absolute: percentage points; proportional: per cent of each share
    poll_size: int | None = None  # respondents, for the poll model

    def __post_init__(self) -> None:
        if self.spread < 0:
            raise ValueError("the spread cannot be negative")
        if self.model is Model.POLL and (self.poll_size is None or self.poll_size < 1):
            raise ValueError("the poll model needs a poll size of at least one respondent")

    @property
    def is_certain(self) -> bool:
        return self.model is not Model.POLL and self.spread == 0


def draw_votes(
    rng: np.random.Generator, counts: np.ndarray, runs: int, uncertainty: Uncertainty
) -> np.ndarray:
    """``runs`` rows of whole counts, each adding up to ``counts.sum()``; ``counts`` as given."""
    total = int(counts.sum())
    if total == 0 or uncertainty.is_certain:
        return np.tile(counts, (runs, 1))
    if uncertainty.model is Model.POLL:
        respondents = uncertainty.poll_size
        if respondents is None:  # Uncertainty refuses a poll without its size: never here
            raise ValueError("the poll model needs the poll size")
        shape = np.asarray(counts, dtype=float) * (respondents / total)
        drawn = np.zeros((runs, counts.size))
        polled = shape > 0
        # a Dirichlet draw is independent gamma draws scaled to sum to one (the scaling comes below)
        drawn[:, polled] = rng.standard_gamma(shape[polled], size=(runs, int(polled.sum())))
        return whole_votes(_integer_weights(drawn), total, counts)
    shares = np.asarray(counts, dtype=float) / total
    noise = rng.standard_normal((runs, counts.size)) * (float(uncertainty.spread) / 100)
    drawn = shares + noise if uncertainty.model is Model.ABSOLUTE else shares * (1 + noise)
    np.maximum(drawn, 0.0, out=drawn)
    return whole_votes(_integer_weights(drawn), total, counts)


def _integer_weights(drawn: np.ndarray) -> np.ndarray:
    """Non-negative float shares as whole numbers of up to ``WEIGHT_BITS`` bits, row by row."""
    top = drawn.max(axis=1, keepdims=True)
    scale = np.where(top > 0, 2.0**WEIGHT_BITS / np.where(top > 0, top, 1.0), 0.0)
    weights: np.ndarray = np.floor(drawn * scale).astype(np.int64)
    return weights


def whole_votes(weights: np.ndarray, total: int, fallback: np.ndarray) -> np.ndarray:
    """Whole counts adding up to ``total`` in proportion to each row of ``weights``, exactly.

    Largest remainder: ``weight * total // sum`` first, then one vote each to the largest remainders
    ``weight * total % sum`` (equal ones to the earlier position). A row of zero weights keeps
    ``fallback`` (the given counts). Python integers when ``weight x total`` could leave int64.
    """
    if weights.dtype != object and total * int(row_sums(weights).max(initial=0)) >= 2**62:
        weights = weights.astype(object)
    weight_sum = row_sums(weights)
    empty = weight_sum == 0
    safe = np.where(empty, 1, weight_sum)[:, None]
    scaled = weights * total
    votes, remainders = scaled // safe, scaled % safe
    leftover = total - row_sums(votes)
    # rank: larger remainders, then equal ones at earlier positions, come first
    columns = np.ascontiguousarray(remainders.T)
    rank = np.zeros(columns.shape, dtype=np.int64)
    for i, mine in enumerate(columns):
        for j, theirs in enumerate(columns):
            if j != i:
                rank[i] += (theirs > mine) if j > i else (theirs >= mine)
    votes = votes + (rank.T < leftover[:, None].astype(np.int64))
    if empty.any():
        votes[empty] = fallback
    return votes
