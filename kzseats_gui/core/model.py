"""The input side of the engine: an election as read from a workbook, frozen and exact.

Counts are ``int``; percentages are ``Fraction`` so that a threshold of 5 % or 7.5 % compares exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from fractions import Fraction

from .notices import Notice
from .notices import Source as Source  # importable from here as before


class Body(str, Enum):
    MAZHILIS = "mazhilis"
    MASLIKHAT_REGIONAL = "maslikhat-regional"
    MASLIKHAT_LOCAL = "maslikhat-local"
    MAZHILIS_2007 = "mazhilis-2007"


class Method(str, Enum):
    HARE = "hare"  # Hare quota with largest remainders: the law
    DROOP = "droop"
    DHONDT = "dhondt"
    SAINTE_LAGUE = "sainte-lague"

    @property
    def is_the_law(self) -> bool:
        return self is Method.HARE


class ThresholdBase(str, Enum):
    VALID = "valid"  # party votes + "against all" (how the CEC computed 2023)
    PARTIES = "parties"  # party votes only (pre-2021 practice)
    BALLOTS = "ballots"  # ballots cast, including invalid ones


class QuotaRounding(str, Enum):
    CEIL = "ceil"
    FLOOR = "floor"
    HALF_UP = "half-up"


class AgainstAllLeads(str, Enum):
    WARN = "warn"  # the leading candidate wins; the district is flagged
    VOID = "void"  # what-if: the seat stays pending a repeat election


@dataclass(frozen=True)
class SettingsOverrides:
    """Settings as given (by a workbook, a command line or the settings panel); None = not given."""

    body: Body | None = None
    title: str | None = None
    election_date: date | None = None
    list_seats: int | None = None
    district_seats: int | None = None
    threshold_percent: Fraction | None = None
    threshold_base: ThresholdBase | None = None
    ballots_cast: int | None = None
    registered_voters: int | None = None
    method: Method | None = None
    quota_percent: Fraction | None = None
    quota_rounding: QuotaRounding | None = None
    youth_age_limit: int | None = None
    use_registration_order: bool | None = None
    admit_runner_up: bool | None = None
    against_all_leads: AgainstAllLeads | None = None
    mandate_quota: bool | None = None

    def merged(self, other: SettingsOverrides) -> SettingsOverrides:
        """These overrides with every value that ``other`` gives taking precedence."""
        values = {name: getattr(self, name) for name in self.__dataclass_fields__}
        for name in other.__dataclass_fields__:
            value = getattr(other, name)
            if value is not None:
                values[name] = value
        return SettingsOverrides(**values)


@dataclass(frozen=True)
class Settings:
    """Fully resolved settings: every value known. Build with ``core.bodies.resolve_settings``."""

    body: Body
    title: str
    election_date: date | None
    list_seats: int
    district_seats: int
    threshold_percent: Fraction
    threshold_base: ThresholdBase
    ballots_cast: int | None
    registered_voters: int | None
    method: Method
    quota_percent: Fraction
    quota_rounding: QuotaRounding
    youth_age_limit: int
    use_registration_order: bool
    admit_runner_up: bool
    against_all_leads: AgainstAllLeads
    mandate_quota: bool  # the 30 % rule for mandate holders applies (Mazhilis only)

    @property
    def total_seats(self) -> int:
        return self.list_seats + self.district_seats


@dataclass(frozen=True)
class Party:
    """A party on the list ballot (``votes`` not None) or with district candidates only."""

    name: str
    votes: int | None
    ballot_order: int  # 1-based position in the workbook (the ballot order for Kazakhstan)
    short_name: str | None = None
    color: str | None = None  # "#RRGGBB"
    registration_order: int | None = None  # lower = registered earlier; breaks remainder ties

    @property
    def label(self) -> str:
        return self.short_name or self.name

    @property
    def list_votes(self) -> int:
        """The list votes of a party on the list ballot (asking it of any other party is a bug)."""
        if self.votes is None:
            raise ValueError(f"{self.name!r} is not on the list ballot")
        return self.votes


@dataclass(frozen=True)
class DistrictCandidate:
    name: str
    party: str | None  # None = self-nominated (an independent when elected)
    votes: int


@dataclass(frozen=True)
class District:
    """One single-member district. No candidate votes at all means the result is pending."""

    key: str  # district number or name, as given
    candidates: tuple[DistrictCandidate, ...]
    against_all: int = 0

    @property
    def has_results(self) -> bool:
        return any(c.votes > 0 for c in self.candidates) or self.against_all > 0


class Gender(str, Enum):
    FEMALE = "F"
    MALE = "M"


@dataclass(frozen=True)
class Candidate:
    """A candidate on a party list (for the 30 % quota and list-composition checks)."""

    party: str
    position: int
    name: str
    gender: Gender | None = None
    birth_date: date | None = None
    disability: bool = False
    elected: bool | None = None  # the party's chosen mandate holder (None = not stated)


@dataclass(frozen=True)
class Election:
    """An election's results. ``overrides`` are the settings the source gave explicitly."""

    parties: tuple[Party, ...]
    against_all: int = 0
    invalid: int | None = None
    districts: tuple[District, ...] = ()
    candidates: tuple[Candidate, ...] = ()
    overrides: SettingsOverrides = field(default_factory=SettingsOverrides)
    source_name: str | None = None  # file name, for footers and messages
    source_sha256: str | None = None
    notes: tuple[Notice, ...] = ()  # import notes (unknown columns, illustrative figures, ...)

    @property
    def list_parties(self) -> tuple[Party, ...]:
        return tuple(p for p in self.parties if p.votes is not None)

    def party(self, name: str) -> Party | None:
        return next((p for p in self.parties if p.name == name), None)


@dataclass(frozen=True)
class LotRecord:
    """The recorded result of a drawing of lots that decides a tie.

    ``tier`` is "list" or "district"; ``district`` names the district for a district tie.
    ``winners`` are party names (list tier) or candidate names (district tier).
    """

    tier: str
    winners: tuple[str, ...]
    district: str | None = None
    drawn_on: str | None = None  # free text: date and time, place, who drew
