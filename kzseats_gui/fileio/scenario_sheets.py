"""The saved scenarios in the results workbook: one sheet each, after the result's own sheets.

Each sheet says first that it is a what-if and, when it departs from the law (its settings or its
figures), "NOT THE LAW" with every departure; then the settings it changes, the votes that differ from
the workbook, and the seats per party beside the workbook's own result with the difference. Sheet names
are the scenarios' names made valid for Excel (at most 31 characters, none of ``[]:*?/\\``, not
starting or ending with an apostrophe) and unique (case-insensitive) among all the sheets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from ..core.departures import EDITED_FIGURES
from ..core.edited_figures import AGAINST_ALL, DISTRICT_VOTES
from ..core.model import Body, Method, QuotaRounding, ThresholdBase
from ..core.result import FigureEdit
from ..text import render_notice, vocabulary
from ..text.legal import departure_text
from .project_scenarios import settings_to_json
from .scenario_results import ScenarioOutcome, ScenarioSet, total_seats

SHEET_NAME_LIMIT = 31
_FORBIDDEN = re.compile(r"[\[\]:*?/\\\x00-\x1f]")
TITLE_FONT = Font(bold=True, size=13)
HEADER_FONT = Font(bold=True)
NOT_THE_LAW_FONT = Font(bold=True, color="B00020")
NOT_THE_LAW_TAB = "B00020"
WHAT_IF = "A what-if scenario saved beside the workbook, compared with the workbook's result."


def sheet_name(wanted: str, taken: Iterable[str]) -> str:
    """``wanted`` as a valid sheet name not among ``taken`` (compared without case, as Excel does):
    forbidden characters become "_", and a repeated name gets " (2)", " (3)"... within 31 characters."""
    base = _FORBIDDEN.sub("_", wanted).strip().strip("'").strip() or "Scenario"
    used = {name.casefold() for name in taken}
    candidate, number = base[:SHEET_NAME_LIMIT].rstrip(), 1
    while candidate.casefold() in used:
        number += 1
        suffix = f" ({number})"
        candidate = base[:SHEET_NAME_LIMIT - len(suffix)].rstrip() + suffix
    return candidate


def add_scenario_sheets(book: Workbook, scenarios: ScenarioSet) -> list[str]:
    """One sheet per scenario, in order; returns their names."""
    names = []
    for outcome in scenarios.outcomes:
        name = sheet_name(outcome.scenario.name, book.sheetnames)
        _scenario_sheet(book.create_sheet(name), outcome, scenarios)
        names.append(name)
    return names


def _departure_lines(outcome: ScenarioOutcome) -> list[str]:
    result = outcome.result
    if result is None:
        return []
    lines = []
    for code in result.departures:
        if code == EDITED_FIGURES:
            lines.append(f"what-if figures, not the workbook's: {len(result.edits)}, listed below")
        else:
            lines.append(departure_text(code, result.settings))
    return lines


def _scenario_sheet(sheet: Worksheet, outcome: ScenarioOutcome, scenarios: ScenarioSet) -> None:
    scenario, result = outcome.scenario, outcome.result
    sheet.column_dimensions["A"].width = 40
    for column in "BCDEFG":
        sheet.column_dimensions[column].width = 16
    sheet.append(["Scenario", scenario.name])
    sheet["A1"].font = sheet["B1"].font = TITLE_FONT
    sheet.append([WHAT_IF])
    if result is None:
        sheet.sheet_properties.tabColor = NOT_THE_LAW_TAB
        sheet.append(["This scenario cannot be used:"])
        sheet["A3"].font = NOT_THE_LAW_FONT
        for problem in outcome.problems:
            sheet.append([render_notice(problem)])
    elif result.is_the_law:
        sheet.append(["Departures from the law", "none: the workbook's figures under the law's settings"])
    else:
        sheet.sheet_properties.tabColor = NOT_THE_LAW_TAB
        sheet.append(["NOT THE LAW — a comparison"])
        sheet.cell(row=sheet.max_row, column=1).font = NOT_THE_LAW_FONT
        for line in _departure_lines(outcome):
            sheet.append(["", line])
            sheet.cell(row=sheet.max_row, column=2).font = NOT_THE_LAW_FONT
    reference = scenarios.reference
    sheet.append(["Compared with", "the workbook's result: its figures under its own settings"
                  + ("" if reference is None or reference.is_the_law else " (itself not the law)")])
    _section(sheet, ["Settings changed", "Value"])
    changed = settings_to_json(scenario.settings)
    for key, value in changed.items():
        shown = _setting_text(getattr(scenario.settings, key), value)
        sheet.append([key.replace("_", " ").capitalize(), shown])
    if not changed:
        sheet.append(["none: the workbook's settings"])
    _section(sheet, ["Votes that differ from the workbook", "District", "Workbook", "Scenario", "Difference"])
    edits = result.edits if result is not None else ()
    for edit in edits:
        sheet.append([_edit_name(edit), edit.district or None, edit.before, edit.after,
                      edit.after - edit.before])
    if not edits:
        sheet.append(["none: the workbook's figures"])
    if result is None:
        return
    _section(sheet, ["Party", "List seats", "District seats", "Total seats", "Workbook total", "Difference"])
    for party in result.parties:
        base = total_seats(reference, party.name) if reference is not None else None
        sheet.append([party.name, party.list_seats, party.district_seats, party.total_seats, base,
                      scenarios.delta(outcome, party.name)])
    self_nominated = vocabulary.self_nominated()
    base_independents = reference.independents if reference is not None else None
    sheet.append([self_nominated, None, result.independents, result.independents, base_independents,
                  None if base_independents is None else result.independents - base_independents])
    for label, value in (("Pending district seats", result.pending), ("Vacant seats", result.vacant),
                         ("Seats awaiting a lot", result.undecided)):
        if value:
            sheet.append([label, None, None, value])


def _edit_name(edit: FigureEdit) -> str:
    if edit.kind == AGAINST_ALL:
        return "Against all"
    if edit.kind == DISTRICT_VOTES:
        return f"{edit.name} (candidate)"
    return f"{edit.name} (list votes)"


def _section(sheet: Worksheet, header: list[str]) -> None:
    sheet.append([])
    sheet.append(header)
    for cell in sheet[sheet.max_row]:
        cell.font = HEADER_FONT


def _setting_text(value: Any, as_json: Any) -> Any:
    """A changed setting as the Summary sheet names it (the method, the base, the rounding, the body)."""
    if isinstance(value, Method):
        return vocabulary.method_name(value, law_mark=True)
    if isinstance(value, ThresholdBase):
        return vocabulary.threshold_base_name(value)
    if isinstance(value, QuotaRounding):
        return vocabulary.rounding_name(value)
    if isinstance(value, Body):
        return vocabulary.body_name(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return as_json


__all__ = ["add_scenario_sheets", "sheet_name"]
