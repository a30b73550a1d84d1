"""The saved scenarios allocated for export: each against the workbook's own result.

A scenario is the workbook's figures with its changed votes, under the workbook's settings with its
changed settings (``project_scenarios``). Its result names every departure from the law
(``core.departures``, the edited figures included), so a scenario that changes a threshold, a seat
count or a vote is marked "not the law" as one with another method is. The workbook's own result (its
figures under its own settings) is what each scenario's seats are compared with.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..core.allocator import allocate
from ..core.bodies import resolve_settings
from ..core.edited_figures import with_figure_edits
from ..core.errors import SettingsError
from ..core.model import Election, LotRecord
from ..core.result import AllocationResult, Notice
from .project_scenarios import Scenario


@dataclass(frozen=True)
class ScenarioOutcome:
    scenario: Scenario
    election: Election
    result: AllocationResult | None  # None: the scenario cannot be used (its settings or its figures)
    problems: tuple[Notice, ...] = ()  # why it cannot be used

    @property
    def is_the_law(self) -> bool:
        return self.result is not None and self.result.is_the_law


@dataclass(frozen=True)
class ScenarioSet:
    """The saved scenarios of one workbook, allocated, with the workbook's own result to compare."""

    reference: AllocationResult | None  # the workbook's figures under its own settings
    outcomes: tuple[ScenarioOutcome, ...]

    def delta(self, outcome: ScenarioOutcome, party: str) -> int | None:
        """Total seats of ``party`` in the scenario minus in the workbook's result."""
        if outcome.result is None or self.reference is None:
            return None
        return total_seats(outcome.result, party) - total_seats(self.reference, party)


def total_seats(result: AllocationResult, party: str) -> int:
    found = result.party(party)
    return found.list_seats + found.district_seats if found is not None else 0


def scenario_outcome(
    scenario: Scenario, baseline: Election, lots: Sequence[LotRecord] = ()
) -> ScenarioOutcome:
    election = scenario.election(baseline)
    unmatched = scenario.unmatched(baseline)
    if unmatched:
        return ScenarioOutcome(scenario, election, None, unmatched)
    try:
        settings = resolve_settings(baseline.overrides.merged(scenario.settings))
    except SettingsError as error:
        return ScenarioOutcome(scenario, election, None, tuple(error.problems))
    result = with_figure_edits(allocate(election, settings, tuple(lots)), baseline, election)
    return ScenarioOutcome(scenario, election, result)


def scenario_set(
    scenarios: Sequence[Scenario], baseline: Election, lots: Sequence[LotRecord] = ()
) -> ScenarioSet:
    try:
        reference = allocate(baseline, resolve_settings(baseline.overrides), tuple(lots))
    except SettingsError:
        reference = None  # the workbook's own settings cannot be used: no differences to show
    return ScenarioSet(reference, tuple(scenario_outcome(s, baseline, lots) for s in scenarios))


__all__ = ["ScenarioOutcome", "ScenarioSet", "scenario_outcome", "scenario_set", "total_seats"]
