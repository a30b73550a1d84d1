"""Builders for engine tests: elections written in code, settings resolved the way the app does."""

from __future__ import annotations

import official_2023

from kzseats_gui.core.bodies import resolve_settings
from kzseats_gui.core.model import (
    Body,
    District,
    DistrictCandidate,
    Election,
    Party,
    Settings,
    SettingsOverrides,
)

OFFICIAL_2023 = official_2023.LIST_VOTES  # (name, list votes) in ballot order
AGAINST_ALL_2023 = official_2023.AGAINST_ALL


def parties(*entries: tuple[str, int] | tuple[str, int, int | None]) -> tuple[Party, ...]:
    """(name, votes) or (name, votes, registration order) in ballot order."""
    built = []
    for order, entry in enumerate(entries, start=1):
        name, votes, *rest = entry
        built.append(Party(name, votes, order, registration_order=rest[0] if rest else None))
    return tuple(built)


def settings(**given) -> Settings:
    """Resolved settings; a house of list seats only unless district seats are given."""
    given.setdefault("body", Body.MAZHILIS)
    given.setdefault("district_seats", 0)
    return resolve_settings(SettingsOverrides(**given))


def district(key: str, *candidates: tuple[str, str | None, int], against_all: int = 0) -> District:
    return District(key, tuple(DistrictCandidate(*c) for c in candidates), against_all)


def election_2023_with_districts() -> Election:
    """The official list figures and the official district outcome (22 Amanat, 7 self-nominated).

    Per-district vote counts were not published; the counts here only have to produce that outcome.
    """
    districts = []
    for number in range(1, 30):
        winner_party = "Amanat" if number <= 22 else None
        districts.append(
            district(
                str(number),
                (f"Winner {number}", winner_party, 30_000 + number),
                (f"Runner-up {number}", "Respublica" if number % 2 else None, 20_000),
                against_all=2_000,
            )
        )
    return Election(parties(*OFFICIAL_2023), against_all=AGAINST_ALL_2023, districts=tuple(districts))
