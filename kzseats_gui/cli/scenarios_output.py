"""`kzseats allocate --scenarios`: the scenarios saved beside the workbook, in the JSON and the table.

Each scenario with its departures from the law (``edited-figures`` for its changed votes) and its seats
per party beside the workbook's result (``difference``: the scenario's total minus the workbook's)."""

from __future__ import annotations

from typing import Any

from ..fileio.project_scenarios import settings_to_json
from ..fileio.scenario_results import ScenarioOutcome, ScenarioSet
from ..text import render_notice
from ..text.legal import departure_texts, not_the_law_mark


def scenario_json(outcome: ScenarioOutcome, scenarios: ScenarioSet) -> dict[str, Any]:
    result = outcome.result
    document: dict[str, Any] = {
        "name": outcome.scenario.name,
        "settings": settings_to_json(outcome.scenario.settings),
        "usable": result is not None,
        "problems": [render_notice(p) for p in outcome.problems],
    }
    if result is None:
        return document
    document.update({
        "edited_figures": [
            {"kind": e.kind, "name": e.name or None, "district": e.district or None, "before": e.before,
             "after": e.after}
            for e in result.edits
        ],
        "departures": list(result.departures),
        "departures_text": departure_texts(result),
        "not_the_law": not_the_law_mark(result) or None,
        "parties": [
            {"name": p.name, "list_seats": p.list_seats, "district_seats": p.district_seats,
             "total_seats": p.total_seats, "difference": scenarios.delta(outcome, p.name)}
            for p in result.parties
        ],
        "independents": result.independents,
    })
    return document


def scenarios_json(scenarios: ScenarioSet) -> list[dict[str, Any]]:
    return [scenario_json(outcome, scenarios) for outcome in scenarios.outcomes]


def scenario_lines(scenarios: ScenarioSet) -> list[str]:
    """The table output's scenarios: a heading with the mark, then the seats that differ."""
    lines: list[str] = []
    for outcome in scenarios.outcomes:
        result = outcome.result
        lines.append("")
        if result is None:
            problems = "; ".join(render_notice(p) for p in outcome.problems)
            lines.append(f"Scenario {outcome.scenario.name}: cannot be used ({problems})")
            continue
        mark = not_the_law_mark(result) or "the law"
        lines.append(f"Scenario {outcome.scenario.name} — {mark}")
        changed = [(p.name, p.total_seats, scenarios.delta(outcome, p.name)) for p in result.parties]
        changed = [row for row in changed if row[2]]
        for name, seats, delta in changed:
            lines.append(f"  {name[:40]:40} {seats:>4} ({delta:+d})")
        if not changed:
            lines.append("  the same seats as the workbook's result")
    return lines


__all__ = ["scenario_lines", "scenarios_json"]
