"""Notices: language-neutral warnings and notes (a code plus parameters) and where their input came from.

Both the input side (``model.Election.notes``) and the output side (``result.AllocationResult.warnings``)
carry them, so they live in neither. ``kzseats_gui.text`` turns them into words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction
from typing import Union

# A step or warning parameter: exact numbers stay exact until a human reads them.
Param = Union[int, Fraction, str, bool, None, tuple[str, ...]]


@dataclass(frozen=True)
class Source:
    """Where an input value came from, so a warning can point at it (``Parties!B4``)."""

    file: str | None = None
    sheet: str | None = None
    cell: str | None = None

    def __str__(self) -> str:
        where = f"{self.sheet}!{self.cell}" if self.sheet and self.cell else (self.sheet or "")
        if self.file and where:
            return f"{self.file}: {where}"
        return self.file or where


@dataclass(frozen=True)
class Notice:
    """A warning or note about the input or the result, pointing at its source where known."""

    code: str
    params: dict[str, Param] = field(default_factory=dict)
    source: Source | None = None
