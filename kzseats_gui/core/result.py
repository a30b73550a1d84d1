"""The output side of the engine: an allocation result, its audit trail, ties and warnings.

Steps and warnings are language-neutral: a ``code`` plus parameters. ``kzseats_gui.messages`` turns
them into text (English for the command line, translated in the window).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from .model import Gender, Settings
from .notices import Notice as Notice  # the output side's notices, importable from here as before
from .notices import Param as Param
from .notices import Source as Source


@dataclass(frozen=True)
class Step:
    """One line of the audit trail, e.g. ``Step("quota", {"votes": 5971719, "seats": 69, ...})``."""

    code: str
    params: dict[str, Param] = field(default_factory=dict)
    rules: tuple[str, ...] = ()  # ids in ``core.rules.RULES`` of the rules this step applied


class Status:
    OK = "ok"
    LOTS_REQUIRED = "lots-required"


class ResolvedBy:
    REGISTRATION_ORDER = "registration-order"
    LOT = "lot"


@dataclass(frozen=True)
class Tie:
    """Equal standings that decide ``seats`` seat(s) among ``between`` (``resolved_by`` None = open)."""

    tier: str  # "list" | "district"
    between: tuple[str, ...]  # party names (list) or candidate names (district), ballot order
    seats: int
    standing: Fraction | int  # the equal remainder, quotient or district vote count
    resolved_by: str | None = None
    winners: tuple[str, ...] = ()
    district: str | None = None
    drawn_on: str | None = None  # from the lot record

    @property
    def is_open(self) -> bool:
        return self.resolved_by is None

    @property
    def by_lot(self) -> bool:
        return self.resolved_by == ResolvedBy.LOT


@dataclass(frozen=True)
class Holder:
    """A candidate taking (or suggested to take) one of a party's list seats."""

    position: int
    name: str
    category: str | None  # "woman" | "youth" | "disability" | None; each person counts once
    swapped_in: bool = False  # moved in ahead of list order to meet the quota


@dataclass(frozen=True)
class QuotaResult:
    """The 30 % rule for one party (None on a PartyResult when there is no candidate data)."""

    required: int
    eligible: int  # eligible candidates on the whole list
    filled: int  # eligible among the holders
    met: bool | None  # None: the party holds no list seat, so there is nothing to meet
    chosen: bool  # holders are the party's own choice (Elected column), not the suggestion
    holders: tuple[Holder, ...]
    list_length: int
    list_eligible_ok: bool  # at least quota-percent of the list is eligible
    list_length_ok: bool  # at most 130 % of the list seats
    applies: bool = True  # False where the mandate quota is not law (maslikhats) or no list seat is held


@dataclass(frozen=True)
class PartyResult:
    name: str
    label: str
    votes: int | None  # None: district candidates only
    share: Fraction | None  # votes / threshold base
    passed: bool
    list_seats_won: int  # given by the allocation
    list_seats: int  # held: won minus vacant
    vacant: int  # won but the list ran out of candidates
    district_seats: int
    color: str | None
    ballot_order: int
    quota: QuotaResult | None = None
    # exact standing used by the method: remainder (largest remainder) or last quotient (divisor)
    standing: Fraction | None = None

    @property
    def total_seats(self) -> int:
        return self.list_seats + self.district_seats


@dataclass(frozen=True)
class CandidateVotes:
    name: str
    party: str | None
    votes: int


@dataclass(frozen=True)
class DistrictOutcome:
    key: str
    winner: str | None  # None: pending, void, or an open tie
    party: str | None  # winner's party, None for self-nominated
    winner_votes: int | None
    margin: int | None  # over the runner-up candidate
    against_all: int
    total_votes: int  # candidates + against all
    pending: bool
    void: bool = False  # against all led and the setting voids such districts
    against_all_leads: bool = False
    tie: bool = False
    by_lot: bool = False  # the winner was drawn by lot among equal leaders
    candidates: tuple[CandidateVotes, ...] = ()

    @property
    def against_all_share(self) -> Fraction | None:
        return Fraction(self.against_all, self.total_votes) if self.total_votes else None

    @property
    def independent(self) -> bool:
        return self.winner is not None and self.party is None


@dataclass(frozen=True)
class FigureEdit:
    """One figure of the election shown that is not the workbook's (a what-if edit or a scenario).

    ``kind`` is one of ``core.edited_figures``' kinds; ``name`` the party or candidate, ``district`` the
    district key of a candidate's votes."""

    kind: str
    before: int
    after: int
    name: str = ""
    district: str = ""


@dataclass(frozen=True)
class AllocationResult:
    status: str  # Status.OK | Status.LOTS_REQUIRED
    settings: Settings
    parties: tuple[PartyResult, ...]  # every party of the election, ballot order
    districts: tuple[DistrictOutcome, ...]
    valid_ballots: int  # party votes + against all
    threshold_base: int  # votes the percentage is taken of
    threshold_votes: Fraction  # the fewest votes that pass (percent x base / 100)
    quota: Fraction | None  # Hare or Droop quota (None for divisor methods or no list seats)
    admitted_votes: int
    independents: int
    pending: int  # district seats without a result (or void)
    vacant: int  # list seats no candidate can take, or that no party could be given
    undecided: int  # seats waiting for a lot
    ties: tuple[Tie, ...]
    warnings: tuple[Notice, ...]
    steps: tuple[Step, ...]
    departures: tuple[str, ...] = ()  # settings in force that depart from the law (core.departures)
    edits: tuple[FigureEdit, ...] = ()  # figures that are not the workbook's (core.edited_figures)

    @property
    def is_the_law(self) -> bool:
        """No setting departs from the law: the result can be signed; otherwise it is a comparison."""
        return not self.departures

    @property
    def rule_ids(self) -> tuple[str, ...]:
        """The rules the steps applied, each once, in the order first applied."""
        return tuple(dict.fromkeys(rule for step in self.steps for rule in step.rules))

    @property
    def lots_required(self) -> bool:
        return self.status == Status.LOTS_REQUIRED

    @property
    def lot_ties(self) -> tuple[Tie, ...]:
        """Ties a recorded lot decided, in the order they arose (list tier first)."""
        return tuple(t for t in self.ties if t.by_lot)

    @property
    def seats_by_lot(self) -> int:
        """Seats whose holder was drawn by lot: a fact the status, charts and report must show."""
        return sum(t.seats for t in self.lot_ties)

    @property
    def threshold_min_votes(self) -> int:
        """The fewest whole votes that pass the threshold (a party cannot get part of a vote)."""
        needed = self.threshold_votes
        return -(-needed.numerator // needed.denominator)

    def party(self, name: str) -> PartyResult | None:
        return next((p for p in self.parties if p.name == name), None)


__all__ = [
    "AllocationResult",
    "CandidateVotes",
    "DistrictOutcome",
    "Gender",
    "Holder",
    "Notice",
    "Param",
    "PartyResult",
    "QuotaResult",
    "ResolvedBy",
    "Status",
    "Step",
    "Tie",
]
