"""The report's scenarios section: each saved scenario's seats beside the workbook's result.

It follows the result's own pages and never replaces them: the first page stays the result (and its
signature block). Each scenario says in red that it is not the law and why (every departure, every
edited figure), then gives the seats per party, the workbook's seats and the difference.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...charts.scene import NOT_THE_LAW_RED
from ...core.departures import EDITED_FIGURES
from ...fileio.scenario_results import ScenarioOutcome, ScenarioSet, total_seats
from ...text import render_notice
from ...text.legal import departure_text, edit_text, not_the_law_title
from ..formatting import MISSING, number_text
from ..i18n import translate_message
from ..vocabulary_tr import self_nominated
from .report_layout import Column, Flow, Table


def _tr(text: str) -> str:
    return QCoreApplication.translate("report", text)


def _signed(value: int | None) -> str:
    if value is None:
        return MISSING
    return "0" if value == 0 else ("+" if value > 0 else "\u2212") + number_text(abs(value))


def scenario_table(outcome: ScenarioOutcome, scenarios: ScenarioSet) -> Table:
    result, reference = outcome.result, scenarios.reference
    assert result is not None
    columns = [
        Column(_tr("Party"), 3.0),
        Column(_tr("Workbook"), 1.0, "right"),
        Column(_tr("Scenario"), 1.0, "right"),
        Column(_tr("Difference"), 1.0, "right"),
    ]
    rows, colors = [], {}
    for party in result.parties:
        before = total_seats(reference, party.name) if reference is not None else None
        if not party.total_seats and not before:
            continue
        delta = scenarios.delta(outcome, party.name)
        rows.append([party.label, number_text(before) if before is not None else MISSING,
                     number_text(party.total_seats), _signed(delta)])
        if delta:
            colors[len(rows) - 1] = NOT_THE_LAW_RED
    before = reference.independents if reference is not None else None
    if result.independents or before:
        delta = None if before is None else result.independents - before
        rows.append([self_nominated(), number_text(before) if before is not None else MISSING,
                     number_text(result.independents), _signed(delta)])
        if delta:
            colors[len(rows) - 1] = NOT_THE_LAW_RED
    return Table(columns, rows, size=8.0, colors=colors)


def _departure_lines(outcome: ScenarioOutcome) -> list[str]:
    """Every departure; the edited figures one by one."""
    result = outcome.result
    assert result is not None
    lines: list[str] = []
    for code in result.departures:
        if code == EDITED_FIGURES:
            lines += [edit_text(edit, translate_message) for edit in result.edits]
        else:
            lines.append(departure_text(code, result.settings, translate_message))
    return lines


def _keep_together(flow: Flow, outcome: ScenarioOutcome, scenarios: ScenarioSet) -> None:
    """A new page when the scenario (heading, marks, table) would not fit on this one but fits a page."""
    if outcome.result is None:
        return
    lines = len(_departure_lines(outcome)) + 1
    height = 11.0 * 1.9 + lines * 9.0 * 1.4 + 4 + scenario_table(outcome, scenarios).height(
        flow.setter, flow.content.width())
    if flow.room < height <= flow.content.height():
        flow.new_page()


def scenarios_section(flow: Flow, scenarios: ScenarioSet) -> None:
    """The section on pages of its own, after everything else."""
    if not scenarios.outcomes:
        return
    flow.new_page()
    flow.heading(_tr("Scenarios (what-if)"))
    flow.paragraph(_tr(
        "The scenarios saved beside the workbook, each compared with the workbook's result (its figures "
        "under its own settings). A scenario that changes a figure or departs from the law's settings is "
        "not the result of the election."
    ), 8.0)
    for outcome in scenarios.outcomes:
        flow.space(10)
        _keep_together(flow, outcome, scenarios)
        flow.heading(outcome.scenario.name, 11.0)
        result = outcome.result
        if result is None:
            flow.paragraph(_tr("This scenario cannot be used:"), 8.5, color=NOT_THE_LAW_RED,
                           bold=True)
            for problem in outcome.problems:
                flow.paragraph(render_notice(problem, translate_message), 8.0, indent=26, hanging="•")
            continue
        if result.is_the_law:
            flow.paragraph(_tr("No departure from the law: the workbook's figures and the law's settings."),
                           8.5)
        else:
            flow.paragraph(not_the_law_title(translate_message), 9.0, color=NOT_THE_LAW_RED, bold=True)
            for line in _departure_lines(outcome):
                flow.paragraph(line, 8.0, color=NOT_THE_LAW_RED, indent=26, hanging="•")
        flow.space(4)
        flow.table(scenario_table(outcome, scenarios))


__all__ = ["scenario_table", "scenarios_section"]
