"""The list tier run again on changed list votes: the code path ``allocate`` uses, nothing re-derived.

Sensitivity and simulation ask "how many list seats would each party hold with these votes?" many
times. ``ListSeatsProbe`` answers it with ``list_tier.allocate_list_seats`` (threshold, runner-up,
method, the tie at the cut, registration order) and then leaves the seats vacant that a party's
candidate list cannot fill, as the allocator does. Seats waiting for a lot are not held by anyone here;
``ListOutcome.open_tie`` says which parties share them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from .list_tier import allocate_list_seats
from .model import Election, Party, Settings
from .party_names import PartyNames
from .threshold import ThresholdOutcome, apply_threshold

# The parties that take part in a distribution: names, plus ("runner-up", name) for each runner-up.
TakingPart = frozenset[str | tuple[str, str]]


@dataclass(frozen=True)
class OpenListTie:
    between: tuple[str, ...]  # party names, ballot order
    seats: int  # seats at stake, fewer than the parties tied


@dataclass(frozen=True)
class ListOutcome:
    # parties that take part in the distribution (passed or runner-up); see ``taking_part``
    admitted: TakingPart
    held: dict[str, int]  # list seats held: decided seats won, minus seats the list cannot fill
    open_tie: OpenListTie | None

    def seats(self, name: str) -> int:
        return self.held.get(name, 0)


class ListSeatsProbe:
    """List seats for the list parties of ``election`` (ballot order) under other vote counts."""

    def __init__(self, election: Election, settings: Settings):
        self.election = election
        self.settings = settings
        self.names = PartyNames(election.parties)
        self.parties: tuple[Party, ...] = tuple(
            sorted(election.list_parties, key=lambda p: p.ballot_order)
        )
        self.votes: tuple[int, ...] = tuple(p.votes or 0 for p in self.parties)
        self.list_lengths = _list_lengths(election, self.names)

    def run(self, votes: Sequence[int], against_all: int, ballots_added: int = 0) -> ListOutcome:
        """Seats with ``votes`` (one per list party, ballot order) and ``against_all``.

        ``ballots_added`` moves the ballots-cast count (when one is set) by that many ballots.
        """
        election, settings = self._changed(votes, against_all, ballots_added)
        tier = allocate_list_seats(election, settings, (), self.names)
        held = {
            name: min(won, self.list_lengths.get(name, won)) for name, won in tier.seats_won.items()
        }
        tie = None
        if tier.decision is not None and not tier.decision.winners:
            tie = OpenListTie(tier.decision.tie.between, tier.decision.tie.seats)
        return ListOutcome(taking_part(tier.threshold), held, tie)

    def admitted(
        self, votes: Sequence[int], against_all: int, ballots_added: int = 0
    ) -> TakingPart:
        """Only which parties take part (threshold and runner-up), without distributing seats."""
        election, settings = self._changed(votes, against_all, ballots_added)
        outcome = apply_threshold(election.parties, election.against_all, settings)
        return taking_part(outcome)

    def _changed(
        self, votes: Sequence[int], against_all: int, ballots_added: int
    ) -> tuple[Election, Settings]:
        changed = {
            p.name: replace(p, votes=v) for p, v in zip(self.parties, votes, strict=True) if p.votes != v
        }
        election = self.election
        if changed or against_all != election.against_all:
            election = replace(
                election,
                parties=tuple(changed.get(p.name, p) for p in election.parties),
                against_all=against_all,
            )
        settings = self.settings
        if ballots_added and settings.ballots_cast is not None:
            settings = replace(settings, ballots_cast=settings.ballots_cast + ballots_added)
        return election, settings

    def list_length(self, name: str) -> int | None:
        """How many candidates the party's list has, or None when no candidate data limits it."""
        return self.list_lengths.get(name)


RUNNER_UP = "runner-up"


def taking_part(threshold: ThresholdOutcome) -> TakingPart:
    """The names of the parties that take part, plus ``(RUNNER_UP, name)`` for each runner-up.

    A runner-up's votes count x 0.7 (the 2009 rule), so a party that passes the threshold instead
    of coming second takes part on other terms: the two sets differ there, and a search over votes
    treats that as a change of who takes part.
    """
    names: set[str | tuple[str, str]] = {p.name for p in threshold.admitted}
    names |= {(RUNNER_UP, name) for name in threshold.runners_up}
    return frozenset(names)


def _list_lengths(election: Election, names: PartyNames) -> dict[str, int]:
    """Candidates per party, matched by name as the allocator matches them (vacant seats beyond)."""
    lengths: dict[str, int] = {}
    for candidate in election.candidates:
        party = names.canonical(candidate.party)
        if party is not None:
            lengths[party] = lengths.get(party, 0) + 1
    return lengths
