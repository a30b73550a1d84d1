"""What is wrong with a workbook: every problem of the file at once, each pointing at its cell."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..core.model import Election
from ..core.notices import Notice, Source
from ..text import Translate, render_notice

# A file with thousands of bad cells needs the first few hundred to be fixed, not all of them.
MAX_PROBLEMS = 200
MAX_NOTES = 100
MAX_WARNINGS = 200
CELLS_SHOWN = 5  # a warning repeated in many cells names this many of them, then "...and N more"
WARNING = "warning"  # the ``severity`` of a note that casts doubt on the input (shown as a warning)


def is_warning(notice: Notice) -> bool:
    return notice.params.get("severity") == WARNING


def input_warnings(election: Election) -> tuple[Notice, ...]:
    """The import notes of ``election`` that are warnings (see Findings.warn)."""
    return tuple(n for n in election.notes if is_warning(n))


def split_notes(election: Election) -> tuple[tuple[Notice, ...], tuple[Notice, ...]]:
    """(the import notes that are warnings, the plain notes) of ``election``."""
    return input_warnings(election), tuple(n for n in election.notes if not is_warning(n))


def location(source: Source | None) -> str:
    """'Parties!B4', 'Parties' or '' (the file itself)."""
    if source is None or not source.sheet:
        return ""
    return f"{source.sheet}!{source.cell}" if source.cell else source.sheet


class WorkbookError(Exception):
    """The workbook cannot be used. ``problems`` are Notices with ``source=Source(file, sheet, cell)``."""

    def __init__(self, path: Path | str, problems: list[Notice]):
        self.path = Path(path)
        self.problems = problems
        super().__init__(self.message())

    def message(self, translate: Translate | None = None) -> str:
        lines = []
        for problem in self.problems:
            where = location(problem.source)
            text = render_notice(problem, translate, with_source=False)
            lines.append(f"  {where}: {text}" if where else f"  {text}")
        count = len(self.problems)
        head = f"{self.path.name}: the workbook cannot be used"
        head += ":" if count == 1 else f" ({count} problems):" if count else "."
        return "\n".join([head, *lines])

    def __str__(self) -> str:
        return self.message()


class Findings:
    """Collects the problems (which stop the import) and the notes (which do not) of one file."""

    def __init__(self, file_name: str):
        self.file_name = file_name
        self.problems: list[Notice] = []
        self.notes: list[Notice] = []
        self._dropped_problems = 0
        self._warnings = 0
        # the same warning (code, sheet, parameters) in other cells: its place in ``notes``, its cells
        self._repeats: dict[tuple[object, ...], tuple[int, list[str]]] = {}

    # Positional-only, so that a parameter may itself be called "sheet" or "cell".
    def problem(self, code: str, sheet: str | None = None, cell: str | None = None, /, **params: Any) -> None:
        if len(self.problems) >= MAX_PROBLEMS:
            self._dropped_problems += 1
            return
        self.problems.append(Notice(code, params, Source(self.file_name, sheet, cell)))

    def note(self, code: str, sheet: str | None = None, cell: str | None = None, /, **params: Any) -> None:
        if len(self.notes) < MAX_NOTES:
            self.notes.append(Notice(code, params, Source(self.file_name, sheet, cell)))

    def warn(self, code: str, sheet: str | None = None, cell: str | None = None, /, **params: Any) -> None:
        """A note the user must see: the workbook was read as meant, but not as typed (hygiene).

        The same mistake typed in many cells (one party name in every district row) is one warning
        that counts the cells and names the first few, not one warning per cell.
        """
        self.warn_alike(code, sheet, cell, params)

    def warn_alike(
        self,
        code: str,
        sheet: str | None,
        cell: str | None,
        same: dict[str, Any],
        first: dict[str, Any] | None = None,
    ) -> None:
        """As ``warn``; cells whose ``same`` parameters agree are one warning, which keeps the ``first``
        parameters (an example: the first cell's text) of its first cell."""
        params = {**(first or {}), **same}
        key: tuple[object, ...] | None = (code, sheet, *sorted(same.items(), key=lambda item: item[0]))
        try:
            hash(key)
        except TypeError:
            key = None  # a parameter that cannot be compared: every cell its own warning
        if cell is not None and key in self._repeats:
            index, cells = self._repeats[key]
            cells.append(cell)
            self.notes[index] = Notice(
                code, {**self.notes[index].params, **repeated_cells(cells)}, self.notes[index].source
            )
            return
        if self._warnings < MAX_WARNINGS:
            if cell is not None and key is not None:
                self._repeats[key] = (len(self.notes), [cell])
            self._warnings += 1
            self.notes.append(
                Notice(code, {**params, "severity": WARNING}, Source(self.file_name, sheet, cell))
            )

    def all_problems(self) -> list[Notice]:
        if not self._dropped_problems:
            return list(self.problems)
        more = Notice("more-problems", {"count": self._dropped_problems}, Source(self.file_name))
        return [*self.problems, more]


def repeated_cells(cells: list[str]) -> dict[str, Any]:
    """The parameters that say a warning holds in ``cells`` (see ``text.render_notice``)."""
    shown = tuple(cells[:CELLS_SHOWN])
    return {"cell_count": len(cells), "cells": shown, "more_cells": len(cells) - len(shown)}
