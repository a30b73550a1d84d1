"""Election results built directly from the result dataclasses, for the chart tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import official_2023

from kzseats_gui.core.bodies import resolve_settings
from kzseats_gui.core.model import Body, Election, Party, SettingsOverrides
from kzseats_gui.core.result import (
    AllocationResult,
    DistrictOutcome,
    Holder,
    PartyResult,
    QuotaResult,
    Status,
    Tie,
)


@dataclass
class PartySpec:
    name: str
    list_seats: int = 0
    district_seats: int = 0
    vacant: int = 0
    color: str | None = None
    short_name: str | None = None
    holders: tuple[str, ...] | None = None  # list holders' names (quota result present)


@dataclass
class ResultSpec:
    parties: list[PartySpec]
    independents: int = 0
    pending: int = 0  # district seats without a result
    vacant_unassigned: int = 0  # list seats no party could be given
    list_lots: int = 0  # list seats waiting for a lot
    district_lots: int = 0  # district seats waiting for a lot
    title: str = "Mazhilis election"
    election_date: date | None = date(2023, 3, 19)
    source_name: str | None = "results.xlsx"
    district_names: dict[str, list[str]] = field(default_factory=dict)


def build(spec: ResultSpec) -> tuple[Election, AllocationResult]:
    """An election and a consistent result: every seat of the chamber accounted for once."""
    list_total = sum(p.list_seats + p.vacant for p in spec.parties) + spec.vacant_unassigned + spec.list_lots
    district_total = sum(p.district_seats for p in spec.parties) + spec.independents + spec.pending
    district_total += spec.district_lots
    settings = resolve_settings(
        SettingsOverrides(
            body=Body.MAZHILIS,
            title=spec.title,
            election_date=spec.election_date,
            list_seats=list_total,
            district_seats=district_total,
        )
    )
    parties = tuple(
        Party(p.name, 1000 * (i + 1), i + 1, short_name=p.short_name, color=p.color)
        for i, p in enumerate(spec.parties)
    )
    districts: list[DistrictOutcome] = []
    number = 0

    def district(**kwargs) -> DistrictOutcome:
        nonlocal number
        number += 1
        base = {
            "key": str(number),
            "winner": None,
            "party": None,
            "winner_votes": None,
            "margin": None,
            "against_all": 0,
            "total_votes": 0,
            "pending": False,
        }
        base.update(kwargs)
        return DistrictOutcome(**base)

    for p in spec.parties:
        names = spec.district_names.get(p.name, [])
        for k in range(p.district_seats):
            name = names[k] if k < len(names) else f"{p.name} winner {k + 1}"
            districts.append(district(winner=name, party=p.name, winner_votes=100))
    for k in range(spec.independents):
        districts.append(district(winner=f"Self-nominated {k + 1}", party=None, winner_votes=100))
    for _ in range(spec.pending):
        districts.append(district(pending=True))
    ties = []
    for _ in range(spec.district_lots):
        outcome = district(tie=True)
        districts.append(outcome)
        ties.append(Tie("district", ("Candidate A", "Candidate B"), 1, 50, district=outcome.key))
    if spec.list_lots:
        between = tuple(p.name for p in spec.parties[:2])
        ties.append(Tie("list", between, spec.list_lots, 7))

    results = []
    for i, p in enumerate(spec.parties):
        quota = None
        if p.holders is not None:
            holders = tuple(Holder(k + 1, name, None) for k, name in enumerate(p.holders))
            quota = QuotaResult(0, 0, 0, True, False, holders, len(holders), True, True)
        results.append(
            PartyResult(
                name=p.name,
                label=p.short_name or p.name,
                votes=1000 * (i + 1),
                share=None,
                passed=True,
                list_seats_won=p.list_seats + p.vacant,
                list_seats=p.list_seats,
                vacant=p.vacant,
                district_seats=p.district_seats,
                color=p.color,
                ballot_order=i + 1,
                quota=quota,
            )
        )
    vacant = sum(p.vacant for p in spec.parties) + spec.vacant_unassigned
    undecided = spec.list_lots + spec.district_lots
    result = AllocationResult(
        status=Status.LOTS_REQUIRED if undecided else Status.OK,
        settings=settings,
        parties=tuple(results),
        districts=tuple(districts),
        valid_ballots=0,
        threshold_base=0,
        threshold_votes=0,
        quota=None,  # type: ignore[arg-type]
        admitted_votes=0,
        independents=spec.independents,
        pending=spec.pending,
        vacant=vacant,
        undecided=undecided,
        ties=tuple(ties),
        warnings=(),
        steps=(),
    )
    election = Election(parties=parties, source_name=spec.source_name)
    return election, result


MAZHILIS_2023 = ResultSpec(
    parties=[
        PartySpec("Amanat", 40, official_2023.AMANAT_DISTRICTS, color="#1F5AA6",
                  holders=tuple(f"Amanat list {k}" for k in range(1, 41))),
        *(PartySpec(p.short, p.list_seats) for p in official_2023.PARTIES[1:]),
    ],
    independents=official_2023.INDEPENDENT_DISTRICTS,
    district_names={"Amanat": ["Nurtai Sabilianov"]},
)
