"""The list tier for many elections at once: NumPy arrays of whole votes, the same exact decisions.

``BatchListTier.run`` takes one row of list votes per election (ballot order) and answers what
``what_if.ListSeatsProbe.run`` answers for each row: which parties take part, the list seats each holds,
and the parties sharing seats that only a lot can decide. Nothing is approximated: every comparison
is one of whole numbers, the way the single-election code compares Fractions by cross-multiplying:

* threshold ``votes * 100 * den >= num * base`` (the percent is num / den), a base of zero passes nobody;
  the runner-up, when the settings admit one, is the party with the most votes after the only one
  that passed (all of them when equal);
* Hare: integer part ``votes * seats // total``, remainder ``votes * seats % total``; Droop: quota
  ``total // (seats + 1) + 1``, part ``votes // quota``, remainder ``votes % quota``; the leftover seats
  to the largest remainders, equal remainders at the cut left open;
* D'Hondt and Sainte-Laguë: the same provable lower bound as ``methods.divisor_method``, then the
  remaining seats to the largest next quotients ``votes / divisor``, a group of equal quotients at a
  time, comparing ``a / b`` with ``c / d`` as ``a * d`` with ``c * b``;
* a tie goes to the earlier-registered lists when the settings allow it and every tied party has its
  own registration order; otherwise it stays open (no lots are recorded for runs that never happened);
* seats beyond a party's candidate list stay vacant.

The products stay far below 2**63 for any real election (a national valid vote of 10**7 times 100
times the threshold's denominator). ``needs_python_ints`` says when they would not; the arrays are then
of Python integers (dtype object): slower, still exact.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .model import Method, Settings, ThresholdBase
from .row_sums import row_sums
from .what_if import ListSeatsProbe

INT64_SAFE = 2**62  # every intermediate product stays below this in int64


@dataclass(frozen=True)
class BatchOutcome:
    """One row per election, one column per list party (ballot order)."""

    admitted: np.ndarray  # bool: takes part in the distribution
    held: np.ndarray  # int64: list seats held (decided, and fillable from the list)
    tied: np.ndarray  # bool: shares the seats waiting for a lot
    tie_seats: np.ndarray  # int64 per row: seats waiting for a lot (0: no open tie)


class BatchListTier:
    """The list tier of ``probe``'s election and settings, for arrays of other vote counts."""

    def __init__(self, probe: ListSeatsProbe):
        settings: Settings = probe.settings
        self.settings = settings
        self.parties = probe.parties
        self.probe = probe
        self.seats = settings.list_seats
        percent = settings.threshold_percent
        self.num, self.den = percent.numerator, percent.denominator
        orders = [p.registration_order for p in probe.parties]
        self.registration = np.array([o if o is not None else 0 for o in orders], dtype=np.int64)
        self.has_registration = np.array([o is not None for o in orders], dtype=bool)
        lengths = [probe.list_length(p.name) for p in probe.parties]
        self.capped = any(length is not None for length in lengths)
        self.caps = np.array([self.seats if n is None else n for n in lengths], dtype=np.int64)

    def needs_python_ints(self, most_votes: int) -> bool:
        """True when votes up to ``most_votes`` (per party, and in total) could overflow int64."""
        ballots = self.settings.ballots_cast or 0
        base = max(most_votes, ballots)
        largest = max(
            most_votes * 100 * self.den,
            self.num * base,
            most_votes * (2 * self.seats + 2),
            most_votes * (2 * self.seats + 1) * 2,
        )
        return largest >= INT64_SAFE

    def run(self, votes: np.ndarray, against_all: np.ndarray) -> BatchOutcome:
        """``votes`` (rows x parties) and ``against_all`` (rows), whole numbers, never negative."""
        rows, n = votes.shape
        admitted = self._admitted(votes, against_all)
        won = np.zeros((rows, n), dtype=np.int64)
        tied = np.zeros((rows, n), dtype=bool)
        tie_seats = np.zeros(rows, dtype=np.int64)
        if self.seats and n:
            av = np.where(admitted, votes, 0)
            total = row_sums(av)
            live = total > 0  # no admitted votes: every list seat stays vacant
            if live.all():
                won, tied, tie_seats = self._apportion(av, total, admitted)
            elif live.any():
                part = self._apportion(av[live], total[live], admitted[live])
                won[live], tied[live], tie_seats[live] = part
            if self.settings.use_registration_order and tie_seats.any():
                self._registration_order(won, tied, tie_seats)
        held = np.minimum(won, self.caps) if self.capped else won
        if self.settings.admit_runner_up and self.settings.method is Method.HARE:
            self._runner_up_rows(votes, against_all, admitted, held, tied, tie_seats)
        return BatchOutcome(admitted, held, tied, tie_seats)

    def _runner_up_rows(
        self, votes: np.ndarray, against_all: np.ndarray, admitted: np.ndarray, held: np.ndarray,
        tied: np.ndarray, tie_seats: np.ndarray,
    ) -> None:
        """Runs with a runner-up under Hare: the 2009 rule (its votes x 0.7, at least two seats,
        ``runner_up``) is decided by the single-election list tier, run by run. Such runs need the only
        party above the threshold, so they are rare; everything else stays vectorised."""
        rows = np.flatnonzero(row_sums(admitted & ~self._passed(votes, against_all)) > 0)
        names = [p.name for p in self.parties]
        for row in rows.tolist():
            outcome = self.probe.run([int(v) for v in votes[row]], int(against_all[row]))
            held[row] = [outcome.seats(name) for name in names]
            tie = outcome.open_tie
            tied[row] = [tie is not None and name in tie.between for name in names]
            tie_seats[row] = tie.seats if tie is not None else 0

    # --- who takes part ---------------------------------------------------------------------------

    def _admitted(self, votes: np.ndarray, against_all: np.ndarray) -> np.ndarray:
        passed = self._passed(votes, against_all)
        if not self.settings.admit_runner_up:
            return passed
        alone = row_sums(passed) == 1
        if not alone.any():
            return passed
        others = np.where(~passed & (votes > 0), votes, -1)
        best = others.max(axis=1)
        runners = alone[:, None] & (best > 0)[:, None] & (others == best[:, None])
        admitted: np.ndarray = passed | runners
        return admitted

    def _passed(self, votes: np.ndarray, against_all: np.ndarray) -> np.ndarray:
        party_total = row_sums(votes)
        kind = self.settings.threshold_base
        if kind is ThresholdBase.PARTIES:
            base = party_total
        elif kind is ThresholdBase.BALLOTS and self.settings.ballots_cast is not None:
            base = np.full(votes.shape[0], self.settings.ballots_cast, dtype=votes.dtype)
        else:
            base = party_total + against_all
        return (votes * (100 * self.den) >= (self.num * base)[:, None]) & (base > 0)[:, None]

    # --- the seats ----------------------------------------------------------------------------------

    def _apportion(
        self, av: np.ndarray, total: np.ndarray, admitted: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        method, seats = self.settings.method, self.seats
        if method is Method.HARE:
            product = av * seats
            return _by_remainders(product // total[:, None], product % total[:, None], admitted, seats)
        if method is Method.DROOP:
            quota = (total // (seats + 1) + 1)[:, None]
            return _by_remainders(av // quota, av % quota, admitted, seats)
        return _by_divisors(method, av, total, admitted, seats)

    def _registration_order(self, won: np.ndarray, tied: np.ndarray, tie_seats: np.ndarray) -> None:
        """Ties the earlier registration decides: as ``ties.registration_winners`` for each row."""
        rows = np.flatnonzero(tie_seats)
        group = tied[rows]
        every_order = ~(group & ~self.has_registration).any(axis=1)
        order = self.registration
        # a shared order among the tied parties leaves the tie to a lot
        same = (order[:, None] == order[None, :]) & ~np.eye(order.size, dtype=bool)
        shared = ((group[:, :, None] & group[:, None, :]) & same).any(axis=(1, 2))
        decided = every_order & ~shared
        if not decided.any():
            return
        rows, group = rows[decided], group[decided]
        earlier = (order[None, None, :] < order[None, :, None]) & group[:, None, :]
        rank = earlier.sum(axis=2)  # tied parties registered before each one
        winners = group & (rank < tie_seats[rows][:, None])
        won[rows] += winners
        tied[rows] = False
        tie_seats[rows] = 0


def _by_remainders(
    parts: np.ndarray, rems: np.ndarray, admitted: np.ndarray, seats: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Integer parts, then the leftover seats by remainder; as ``methods._by_remainders`` per row."""
    rows, n = parts.shape
    parts = np.where(admitted, parts, 0)
    rems = np.where(admitted, rems, -1)  # parties not taking part never reach the cut
    count = row_sums(admitted)
    leftover = (seats - row_sums(parts)).astype(np.int64)  # at most ``seats``
    rounds, last_round = np.divmod(leftover, count)  # Droop with very few votes: whole rounds first
    won = parts.astype(np.int64) + rounds[:, None] * admitted
    # the cut: the last_round-th largest remainder of the row (none when no seat is left over)
    cut = np.sort(rems, axis=1)[np.arange(rows), n - np.maximum(last_round, 1)]
    cut = np.where(last_round > 0, cut, np.iinfo(np.int64).max)[:, None]
    above = rems > cut
    at_cut = rems == cut
    at_stake = last_round - row_sums(above)
    tie = row_sums(at_cut) > at_stake
    won += above | (at_cut & ~tie[:, None])
    return won, at_cut & tie[:, None], np.where(tie, at_stake, 0)


def _divisors(method: Method, held: np.ndarray) -> np.ndarray:
    return held + 1 if method is Method.DHONDT else 2 * held + 1


def _by_divisors(
    method: Method, av: np.ndarray, total: np.ndarray, admitted: np.ndarray, seats: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """D'Hondt or Sainte-Laguë per row: ``methods.divisor_method``'s lower bound, then the rest."""
    count = row_sums(admitted)
    if method is Method.DHONDT:
        bound = av * seats // total[:, None]
    else:
        scale = (2 * seats - count)[:, None]
        bound = np.where(scale > 0, (av * scale + total[:, None]) // (2 * total[:, None]), 0)
    won = np.where(admitted, bound, 0).astype(np.int64)
    rows, n = av.shape
    tied = np.zeros((rows, n), dtype=bool)
    tie_seats = np.zeros(rows, dtype=np.int64)
    remaining = seats - row_sums(won)
    active = np.flatnonzero(remaining > 0)
    while active.size:
        votes, held, members = av[active], won[active], admitted[active]
        divisors = _divisors(method, held)
        top_votes = np.full(active.size, -1, dtype=votes.dtype)  # below every quotient (>= 0)
        top_divisor = np.ones(active.size, dtype=np.int64)
        for j in range(n):
            better = members[:, j] & (votes[:, j] * top_divisor > top_votes * divisors[:, j])
            top_votes = np.where(better, votes[:, j], top_votes)
            top_divisor = np.where(better, divisors[:, j], top_divisor)
        group = members & (votes * top_divisor[:, None] == top_votes[:, None] * divisors)
        size = row_sums(group)
        left = remaining[active]
        fits = size <= left
        won[active] = held + (group & fits[:, None])
        remaining[active] = np.where(fits, left - size, 0)
        open_rows = active[~fits]
        tied[open_rows] = group[~fits]
        tie_seats[open_rows] = left[~fits]
        active = active[fits & (left - size > 0)]
    return won, tied, tie_seats

