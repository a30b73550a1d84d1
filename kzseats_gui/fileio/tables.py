"""A table sheet: its header row mapped to known columns, then its data rows."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from .cells import BadCell, is_blank, parse_text
from .hygiene.confusables import NameMatcher, note_lookalike
from .names import Names, shown
from .problems import Findings
from .xlsx_sheet import Row, cell_name, column_letters


@dataclass
class Table:
    sheet: str  # the sheet's name as written in the file
    header_row: int
    columns: dict[str, int]  # role -> column number
    extras: dict[int, str] = field(default_factory=dict)  # column number -> header text, not a known role
    rows: Iterator[Row] = field(default_factory=lambda: iter(()))
    headers: dict[int, str] = field(default_factory=dict)  # column number -> header text, every one

    def cell(self, row: int, role: str) -> str:
        return cell_name(row, self.columns[role])

    def header_range(self) -> str:
        last = max([*self.columns.values(), *self.extras, 1])
        return f"A{self.header_row}:{column_letters(last)}{self.header_row}"


def is_blank_row(cells: dict[int, Any]) -> bool:
    return all(is_blank(value) for value in cells.values())


def open_table(
    rows: Iterator[Row], sheet: str, names: Names, required: tuple[str, ...], findings: Findings
) -> Table | None:
    """The table after its header row, or None (with problems noted) when it cannot be read.

    The header is the first non-blank row. A required column that is missing is a problem naming the
    header row; an empty sheet gives None without a problem (the caller decides whether it matters).
    """
    header: Row | None = None
    for row in rows:
        if not is_blank_row(row[1]):
            header = row
            break
    if header is None:
        return None
    number, cells = header
    roles = NameMatcher.of_table(names)
    table = Table(sheet, number, {}, {}, rows)
    for column in sorted(cells):
        value = cells[column]
        if is_blank(value):
            continue
        try:
            text = parse_text(value)
        except BadCell as bad:
            findings.problem(bad.code, sheet, cell_name(number, column), what="The header", **bad.params)
            continue
        table.headers[column] = text
        role, folded_from = roles.match(text)
        if folded_from is not None and role is not None:  # a look-alike always names its role
            note_lookalike(
                findings,
                "header-lookalike",
                sheet,
                cell_name(number, column),
                text,
                folded_from,
                meant=shown(names[role]),
            )
        if role is None:
            table.extras[column] = text
        elif role in table.columns:
            findings.problem(
                "column-duplicate",
                sheet,
                cell_name(number, column),
                column=shown(names[role]),
                other=cell_name(number, table.columns[role]),
            )
        else:
            table.columns[role] = column
    missing = [role for role in required if role not in table.columns]
    for role in missing:
        findings.problem("column-missing", sheet, table.header_range(), column=shown(names[role]))
    return None if missing else table


def note_extra_columns(table: Table, findings: Findings) -> None:
    for column, text in table.extras.items():
        findings.note("column-unknown", table.sheet, cell_name(table.header_row, column), column=text)
