"""Hidden rows, columns and sheets whose data counts: read like any other, and reported by name.

A hidden row is counted by Excel's own SUM, so the app counts it too; but a clerk checking the printout
against the screen would not see it, so every one is named.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..cells import is_blank
from ..problems import Findings
from ..xlsx_reader import SheetRef
from ..xlsx_sheet import HiddenMarks, Row, column_letters


def check_hidden_sheet(sheet: SheetRef, findings: Findings) -> None:
    if sheet.hidden:
        findings.warn("sheet-hidden", sheet.name, None, state=sheet.state)


def _spans(numbers: list[int]) -> str:
    """[3, 4, 5, 9] -> '3-5, 9'."""
    spans: list[str] = []
    start = previous = numbers[0]
    for number in [*numbers[1:], None]:
        if number is not None and number == previous + 1:
            previous = number
            continue
        spans.append(str(start) if start == previous else f"{start}-{previous}")
        if number is not None:
            start = previous = number
    return ", ".join(spans)


class HiddenWatch:
    """Passes a sheet's rows through, noting the hidden rows and columns that hold data."""

    def __init__(self, rows: Iterator[Row], marks: HiddenMarks, sheet: str):
        self._rows = rows
        self._marks = marks
        self.sheet = sheet
        self.hidden_rows: list[int] = []
        self.hidden_columns: dict[int, int] = {}  # column -> first row with data in it

    def __iter__(self) -> Iterator[Row]:
        marks = self._marks
        for number, cells in self._rows:
            if marks.rows and number in marks.rows and not all(is_blank(v) for v in cells.values()):
                self.hidden_rows.append(number)
            if marks.columns:
                for column, value in cells.items():
                    if (
                        column not in self.hidden_columns
                        and marks.column_hidden(column)
                        and not is_blank(value)
                    ):
                        self.hidden_columns[column] = number
            yield number, cells

    def report(self, findings: Findings) -> None:
        if self.hidden_rows:
            first = self.hidden_rows[0]
            findings.warn(
                "rows-hidden",
                self.sheet,
                f"A{first}",
                rows=_spans(self.hidden_rows),
                count=len(self.hidden_rows),
            )
        for column, row in sorted(self.hidden_columns.items()):
            letters = column_letters(column)
            findings.warn("column-hidden", self.sheet, f"{letters}{row}", column=letters)
