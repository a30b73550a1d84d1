"""The `Election` sheet [Выборы]: Setting / Value rows that override the body's presets."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

from ..core.model import AgainstAllLeads, Body, Method, QuotaRounding, SettingsOverrides, ThresholdBase
from .cells import BadCell, Choice, is_blank, parse_count, parse_date, parse_percent, parse_text, parse_yes_no
from .hygiene import NameMatcher, note_lookalike
from .names import (
    AGAINST_ALL_LEADS_VALUES,
    BASE_VALUES,
    BODY_VALUES,
    ELECTION_COLUMNS,
    METHOD_VALUES,
    ROUNDING_VALUES,
    SETTINGS,
    Names,
)
from .problems import Findings
from .tables import is_blank_row
from .xlsx_sheet import Row, cell_name
from .xlsx_values import PercentNumber


def _choice(names: Names, enum: Callable[[str], Any]) -> Callable[[Any], Any]:
    choice = Choice(names)
    return lambda value: enum(choice.parse(value))


PARSERS: dict[str, Callable[[Any], Any]] = {
    "body": _choice(BODY_VALUES, Body),
    "title": parse_text,
    "election_date": parse_date,
    "list_seats": parse_count,
    "district_seats": parse_count,
    "threshold_percent": parse_percent,
    "threshold_base": _choice(BASE_VALUES, ThresholdBase),
    "ballots_cast": parse_count,
    "registered_voters": parse_count,
    "invalid": parse_count,
    "method": _choice(METHOD_VALUES, Method),
    "quota_percent": parse_percent,
    "quota_rounding": _choice(ROUNDING_VALUES, QuotaRounding),
    "youth_age_limit": parse_count,
    "use_registration_order": parse_yes_no,
    "admit_runner_up": parse_yes_no,
    "against_all_leads": _choice(AGAINST_ALL_LEADS_VALUES, AgainstAllLeads),
    "mandate_quota": parse_yes_no,
}
# Settings the sheet may give that are facts about the election rather than rules.
NOT_OVERRIDES = ("invalid",)


@dataclass
class ElectionSheet:
    values: dict[str, Any] = field(default_factory=dict)  # setting -> parsed value
    cells: dict[str, str] = field(default_factory=dict)  # setting -> its value cell (even when blank)

    def overrides(self, extra: dict[str, Any] | None = None) -> SettingsOverrides:
        given = {k: v for k, v in self.values.items() if k not in NOT_OVERRIDES}
        for name, value in (extra or {}).items():
            given.setdefault(name, value)
        return SettingsOverrides(**given)


def read_election_sheet(rows: Iterator[Row], sheet: str, findings: Findings) -> ElectionSheet:
    result = ElectionSheet()
    setting_roles = NameMatcher.of_table(SETTINGS)
    header_roles = NameMatcher.of_table(ELECTION_COLUMNS)
    columns: tuple[int, int] | None = None  # (setting, value), from the header or the first row
    seen: dict[str, str] = {}  # setting -> the cell naming it
    for number, cells in rows:
        if is_blank_row(cells):
            continue
        if columns is None:
            headers = {header_roles.match(v)[0]: c for c, v in cells.items() if isinstance(v, str)}
            if "setting" in headers and "value" in headers:
                columns = headers["setting"], headers["value"]
                continue
            # No header row: the first row already names a setting, in the first two used columns.
            first = min(cells)
            if isinstance(cells[first], str) and cells[first] in setting_roles:
                columns = first, first + 1
            else:
                findings.problem("election-header-missing", sheet, cell_name(number, first))
                return result
        setting_column, value_column = columns
        name = cells.get(setting_column)
        value = cells.get(value_column)
        if is_blank(name):
            if not is_blank(value):
                findings.problem("setting-name-missing", sheet, cell_name(number, setting_column))
            continue
        name_cell = cell_name(number, setting_column)
        role, folded_from = setting_roles.match(str(name))
        if folded_from is not None and role is not None:
            note_lookalike(
                findings,
                "setting-lookalike",
                sheet,
                name_cell,
                str(name),
                folded_from,
                meant=SETTINGS[role][0],
            )
        if role is None:
            findings.note("setting-unknown", sheet, name_cell, setting=str(name))
            continue
        if role in seen:
            findings.problem(
                "setting-duplicate", sheet, name_cell, setting=SETTINGS[role][0], other=seen[role]
            )
            continue
        seen[role] = name_cell
        value_cell = cell_name(number, value_column)
        if is_blank(value):
            result.cells[role] = value_cell  # not given: the body's preset applies
            continue
        try:
            result.values[role] = PARSERS[role](value)
        except BadCell as bad:
            findings.problem(bad.code, sheet, value_cell, what=SETTINGS[role][0], **bad.params)
            continue
        result.cells[role] = value_cell
        if role in PERCENT_SETTINGS and _looks_like_a_fraction(value, result.values[role]):
            findings.warn("percent-looks-like-fraction", sheet, value_cell, what=SETTINGS[role][0],
                          percent=result.values[role], meant=result.values[role] * 100)
    return result


PERCENT_SETTINGS = ("threshold_percent", "quota_percent")


def _looks_like_a_fraction(typed: Any, percent: Fraction) -> bool:
    """0.05 typed for 5 %: the share written as a fraction in a cell without a percent format.

    Read as typed (a threshold of 0.05 % is legal to ask for), but never without a word: it admits
    every list. A cell formatted as a percentage, or text with a % sign, says what it means."""
    if isinstance(typed, PercentNumber) or (isinstance(typed, str) and "%" in typed):
        return False
    return 0 < percent < 1
